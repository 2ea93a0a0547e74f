import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './188.ts';

describe('903 rule 188 (SDQ for a child under 4)', () => {
  it('flags an SDQ score or reason for a child not yet 4 on 31 March', () => {
    const flags = runRule(versions[0]!, {
      OC2: [
        { DOB: '31/03/2022', SDQ_SCORE: '10', SDQ_REASON: null },
        { DOB: '01/04/2022', SDQ_SCORE: '10', SDQ_REASON: null },
        { DOB: '01/04/2022', SDQ_SCORE: null, SDQ_REASON: 'SDQ1' },
        { DOB: '01/04/2022', SDQ_SCORE: null, SDQ_REASON: null },
      ],
    });
    expect(flags?.OC2).toEqual([1, 2]);
  });
});
