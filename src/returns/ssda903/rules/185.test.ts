import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './185.ts';

// Collection year 2025/26 (1 April 2025 - 31 March 2026).
const Episodes = [
  { CHILD: 'A', DECOM: '01/01/2024', DEC: null, RNE: 'S', REC: null, LS: 'C2' },
  { CHILD: 'B', DECOM: '02/04/2025', DEC: null, RNE: 'S', REC: null, LS: 'C2' },
  { CHILD: 'C', DECOM: '01/01/2024', DEC: '30/03/2026', RNE: 'S', REC: 'E11', LS: 'C2' },
  { CHILD: 'D', DECOM: '01/01/2024', DEC: '31/03/2026', RNE: 'S', REC: 'E11', LS: 'C2' },
  { CHILD: 'E', DECOM: '01/01/2024', DEC: null, RNE: 'S', REC: null, LS: 'V3' },
];

describe('903 rule 185 (SDQ score only when looked after for 12 months)', () => {
  it('flags a score unless looked after all year (not entered, left, on short breaks or absent)', () => {
    const OC2 = ['A', 'B', 'C', 'D', 'E', 'F', 'A'].map((CHILD, i) => ({
      CHILD,
      SDQ_SCORE: i === 6 ? null : '10',
    }));
    expect(runRule(versions[0]!, { Episodes, OC2 })?.OC2).toEqual([1, 2, 4, 5]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, { OC2: [{ CHILD: 'A', SDQ_SCORE: '10' }] })).toBeUndefined();
  });
});
