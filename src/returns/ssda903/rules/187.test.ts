import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './187.ts';

// Collection year 2025/26 (1 April 2025 - 31 March 2026).
const Episodes = [
  { CHILD: 'A', DECOM: '01/01/2024', DEC: null, RNE: 'S', REC: null, LS: 'C2' },
  { CHILD: 'B', DECOM: '01/01/2024', DEC: '01/02/2026', RNE: 'S', REC: 'E11', LS: 'C2' },
];

describe('903 rule 187 (no AD1 or OC3 data for the OC2 cohort)', () => {
  it('flags AD1 and OC3 items for a child looked after all year', () => {
    const flags = runRule(versions[0]!, {
      Episodes,
      AD1: [
        { CHILD: 'A', DATE_INT: '01/01/2026' },
        { CHILD: 'B', DATE_INT: '01/01/2026' },
        { CHILD: 'A', DATE_INT: null },
      ],
      OC3: [
        { CHILD: 'B', IN_TOUCH: 'YES' },
        { CHILD: 'A', IN_TOUCH: 'YES' },
      ],
    });
    expect(flags?.AD1).toEqual([0]);
    expect(flags?.OC3).toEqual([1]);
  });
  it('is not run without all three tables', () => {
    expect(runRule(versions[0]!, { Episodes, AD1: [] })).toBeUndefined();
  });
});
