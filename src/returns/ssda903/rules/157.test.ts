import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './157.ts';

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

describe('903 rule 157 (SDQ1 for a child aged 4-16)', () => {
  it('flags SDQ1 for a child 4 by 1 April and not 16 before 31 March', () => {
    const flags = runRule(versions[0]!, {
      Episodes,
      OC2: [
        { CHILD: 'A', DOB: '01/04/2021', SDQ_SCORE: null, SDQ_REASON: 'SDQ1' },
        { CHILD: 'B', DOB: '02/04/2021', SDQ_SCORE: null, SDQ_REASON: 'SDQ1' },
        { CHILD: 'C', DOB: '31/03/2010', SDQ_SCORE: null, SDQ_REASON: 'SDQ1' },
        { CHILD: 'D', DOB: '30/03/2010', SDQ_SCORE: null, SDQ_REASON: 'SDQ1' },
        { CHILD: 'E', DOB: '01/01/2015', SDQ_SCORE: null, SDQ_REASON: 'SDQ2' },
        { CHILD: 'F', DOB: '01/01/2015', SDQ_SCORE: null, SDQ_REASON: 'SDQ1' },
      ],
    });
    expect(flags?.OC2).toEqual([0, 2]);
  });
});
