import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './564.ts';

describe('903 rule 564 (missing without a start date)', () => {
  const rule = versions[0]!;
  it('flags M or A without MIS_START', () => {
    const flags = runRule(rule, {
      Missing: [
        { MISSING: 'M', MIS_START: null },
        { MISSING: 'A', MIS_START: '01/05/2025' },
        { MISSING: null, MIS_START: null },
        { MISSING: 'A', MIS_START: null },
      ],
    });
    expect(flags?.Missing).toEqual([0, 3]);
  });
  it('is not run without Missing', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
