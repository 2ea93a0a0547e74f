import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './197B.ts';

// Collection year 2025/26 (1 April 2025 - 31 March 2026).
const children = ['A', 'B', 'C', 'D', 'E'];
const Episodes = children.map((CHILD) => ({
  CHILD,
  DECOM: '01/01/2020',
  DEC: null,
  RNE: 'S',
  REC: null,
  LS: 'C2',
}));

describe('903 rule 197B (SDQ for children turning 4 or 17 in the year)', () => {
  it('flags a missing score and reason for a child whose 4th or 17th birthday falls in the year', () => {
    const flags = runRule(versions[0]!, {
      Episodes,
      OC2: [
        { CHILD: 'A', DOB: '01/04/2021', SDQ_SCORE: null, SDQ_REASON: null },
        { CHILD: 'B', DOB: '31/03/2009', SDQ_SCORE: null, SDQ_REASON: null },
        { CHILD: 'C', DOB: '31/03/2021', SDQ_SCORE: null, SDQ_REASON: null },
        { CHILD: 'D', DOB: '01/04/2022', SDQ_SCORE: null, SDQ_REASON: null },
        { CHILD: 'E', DOB: '01/06/2021', SDQ_SCORE: null, SDQ_REASON: 'SDQ1' },
      ],
    });
    expect(flags?.OC2).toEqual([0, 1]);
  });
});
