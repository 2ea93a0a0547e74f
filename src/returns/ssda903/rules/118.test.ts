import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './118.ts';

describe('903 rule 118 (decision no longer to place for adoption too early)', () => {
  it('compares DATE_PLACED_CEASED with 1 April and the first episode that is not a short break', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DECOM: '01/01/2025', LS: 'C2' },
        { CHILD: 'B', DECOM: '01/05/2025', LS: 'C2' },
        { CHILD: 'B', DECOM: '01/04/2025', LS: 'V3' },
        { CHILD: 'C', DECOM: '01/05/2025', LS: 'C2' },
      ],
      PlacedAdoption: [
        { CHILD: 'A', DATE_PLACED_CEASED: '31/03/2025' },
        { CHILD: 'B', DATE_PLACED_CEASED: '30/04/2025' },
        { CHILD: 'C', DATE_PLACED_CEASED: '01/05/2025' },
        { CHILD: 'C', DATE_PLACED_CEASED: null },
      ],
    });
    expect(flags?.Episodes).toEqual([0, 1]);
    expect(flags?.PlacedAdoption).toEqual([0, 1]);
  });
});
