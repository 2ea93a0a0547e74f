import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './217.ts';

describe('903 rule 217 (placed for adoption with current foster carers)', () => {
  it('needs RNE S, T or U for A3/A5 episodes from 1 April 2015', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { PLACE: 'A3', DECOM: '01/04/2015', RNE: 'P' },
        { PLACE: 'A5', DECOM: '31/03/2015', RNE: 'P' },
        { PLACE: 'A5', DECOM: '01/06/2025', RNE: 'T' },
        { PLACE: 'A4', DECOM: '01/06/2025', RNE: 'P' },
        { PLACE: 'A3', DECOM: '01/06/2025', RNE: null },
      ],
    });
    expect(flags?.Episodes).toEqual([0, 4]);
  });
});
