import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './198.ts';

// Collection year 2025/26 (1 April 2025 - 31 March 2026).
const Episodes = [
  { CHILD: 'A', DECOM: '01/01/2024', DEC: null, RNE: 'S', REC: null, LS: 'C2' },
  { CHILD: 'B', DECOM: '01/04/2025', DEC: '01/05/2025', RNE: 'P', REC: 'X1', LS: 'C2' },
  { CHILD: 'B', DECOM: '01/05/2025', DEC: null, RNE: 'S', REC: null, LS: 'C2' },
];

describe('903 rule 198 (reason for no SDQ only when looked after for 12 months)', () => {
  it('flags a reason for a child who started care in the year', () => {
    const OC2 = [
      { CHILD: 'A', SDQ_REASON: 'SDQ2' },
      { CHILD: 'B', SDQ_REASON: 'SDQ2' },
      { CHILD: 'B', SDQ_REASON: null },
    ];
    expect(runRule(versions[0]!, { Episodes, OC2 })?.OC2).toEqual([1]);
  });
});
