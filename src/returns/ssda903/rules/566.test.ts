import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './566.ts';

describe('903 rule 566 (end date without MISSING)', () => {
  const rule = versions[0]!;
  it('flags MIS_END given without MISSING', () => {
    const flags = runRule(rule, {
      Missing: [
        { MISSING: null, MIS_END: '01/05/2025' },
        { MISSING: 'M', MIS_END: '01/05/2025' },
        { MISSING: null, MIS_END: null },
      ],
    });
    expect(flags?.Missing).toEqual([0]);
  });
  it('is not run without Missing', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
