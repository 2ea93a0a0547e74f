import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './189.ts';

describe('903 rule 189 (SDQ for a child 17 or over)', () => {
  it('flags an SDQ score or reason for a child 17 by 1 April', () => {
    const flags = runRule(versions[0]!, {
      OC2: [
        { DOB: '01/04/2008', SDQ_SCORE: '10', SDQ_REASON: null },
        { DOB: '02/04/2008', SDQ_SCORE: '10', SDQ_REASON: null },
        { DOB: '01/01/2008', SDQ_SCORE: null, SDQ_REASON: 'SDQ1' },
        { DOB: '01/01/2008', SDQ_SCORE: null, SDQ_REASON: null },
      ],
    });
    expect(flags?.OC2).toEqual([0, 2]);
  });
});
