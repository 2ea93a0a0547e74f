import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './555.ts';

describe('903 rule 555 (freeing order without a decision to place for adoption)', () => {
  const rule = versions[0]!;
  it('flags D1 episodes without a PlacedAdoption record, and ceased records while D1 is open', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: 'a', LS: 'D1', DEC: null },
        { CHILD: 'b', LS: 'D1', DEC: null },
        { CHILD: 'c', LS: 'D1', DEC: '01/06/2025' },
        { CHILD: 'd', LS: 'C2', DEC: null },
      ],
      PlacedAdoption: [
        { CHILD: 'b', DATE_PLACED: '01/05/2025', DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: 'RD1' },
        {
          CHILD: 'c',
          DATE_PLACED: '01/05/2025',
          DATE_PLACED_CEASED: '01/06/2025',
          REASON_PLACED_CEASED: 'RD1',
        },
        { CHILD: 'b', DATE_PLACED: '01/04/2025', DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: null },
      ],
    });
    expect(flags).toEqual({ Episodes: [0], PlacedAdoption: [0] });
  });
  it('is not run without PlacedAdoption', () => {
    expect(runRule(rule, { Episodes: [] })).toBeUndefined();
  });
});
