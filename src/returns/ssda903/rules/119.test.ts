import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './119.ts';

describe('903 rule 119 (date and reason placement for adoption ceased)', () => {
  it('flags a date without a reason and a reason without a date', () => {
    const flags = runRule(versions[0]!, {
      PlacedAdoption: [
        { DATE_PLACED_CEASED: '01/06/2025', REASON_PLACED_CEASED: 'RD1' },
        { DATE_PLACED_CEASED: '01/06/2025', REASON_PLACED_CEASED: null },
        { DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: 'RD2' },
        { DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: null },
      ],
    });
    expect(flags?.PlacedAdoption).toEqual([1, 2]);
  });
});
