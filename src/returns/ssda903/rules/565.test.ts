import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './565.ts';

describe('903 rule 565 (start date without MISSING)', () => {
  const rule = versions[0]!;
  it('flags MIS_START given without MISSING', () => {
    const flags = runRule(rule, {
      Missing: [
        { MISSING: null, MIS_START: '01/05/2025' },
        { MISSING: 'M', MIS_START: '01/05/2025' },
        { MISSING: null, MIS_START: null },
      ],
    });
    expect(flags?.Missing).toEqual([0]);
  });
  it('is not run without Missing', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
