import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './186.ts';

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

describe('903 rule 186 (SDQ needed for a child aged 4-16 looked after all year)', () => {
  it('flags a missing score and reason for a child 4 by 1 April and under 17 on 31 March', () => {
    const flags = runRule(versions[0]!, {
      Episodes,
      OC2: [
        { CHILD: 'A', DOB: '01/04/2021', SDQ_SCORE: null, SDQ_REASON: null },
        { CHILD: 'B', DOB: '02/04/2021', SDQ_SCORE: null, SDQ_REASON: null },
        { CHILD: 'C', DOB: '01/04/2009', SDQ_SCORE: null, SDQ_REASON: null },
        { CHILD: 'D', DOB: '31/03/2009', SDQ_SCORE: null, SDQ_REASON: null },
        { CHILD: 'E', DOB: '01/01/2015', SDQ_SCORE: '12', SDQ_REASON: null },
        { CHILD: 'F', DOB: '01/01/2015', SDQ_SCORE: null, SDQ_REASON: null },
      ],
    });
    expect(flags?.OC2).toEqual([0, 2]);
  });
});
