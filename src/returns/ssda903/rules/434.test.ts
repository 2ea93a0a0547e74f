import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './434.ts';

describe('903 rule 434 (change of legal status only not reflected)', () => {
  it('flags RNE L with the same legal status or a different placement', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        {
          CHILD: 'A',
          DECOM: '01/05/2025',
          RNE: 'S',
          LS: 'C2',
          PLACE: 'U1',
          PL_POST: 'YO1 0GJ',
          URN: 'SC1',
          PLACE_PROVIDER: 'PR1',
        },
        {
          CHILD: 'A',
          DECOM: '01/06/2025',
          RNE: 'L',
          LS: 'C1',
          PLACE: 'U1',
          PL_POST: 'YO1 0GJ',
          URN: 'SC1',
          PLACE_PROVIDER: 'PR1',
        },
        {
          CHILD: 'A',
          DECOM: '01/07/2025',
          RNE: 'L',
          LS: 'C1',
          PLACE: 'U1',
          PL_POST: 'YO1 0GJ',
          URN: 'SC1',
          PLACE_PROVIDER: 'PR1',
        },
        {
          CHILD: 'A',
          DECOM: '01/08/2025',
          RNE: 'L',
          LS: 'E1',
          PLACE: 'U1',
          PL_POST: 'YO1 0PJ',
          URN: 'SC1',
          PLACE_PROVIDER: 'PR1',
        },
        {
          CHILD: 'B',
          DECOM: '01/05/2025',
          RNE: 'L',
          LS: 'C2',
          PLACE: 'U1',
          PL_POST: 'YO1 0GJ',
          URN: 'SC1',
          PLACE_PROVIDER: 'PR1',
        },
      ],
    });
    expect(flags?.Episodes).toEqual([2, 3]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
