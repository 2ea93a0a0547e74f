import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './120.ts';

describe('903 rule 120 (reason placement for adoption ceased)', () => {
  it('flags unknown and lower-case codes but not a blank cell', () => {
    const flags = runRule(versions[0]!, {
      PlacedAdoption: [
        { REASON_PLACED_CEASED: 'RD1' },
        { REASON_PLACED_CEASED: 'RD4' },
        { REASON_PLACED_CEASED: 'RD5' },
        { REASON_PLACED_CEASED: 'rd1' },
        { REASON_PLACED_CEASED: null },
        { REASON_PLACED_CEASED: '' },
      ],
    });
    expect(flags?.PlacedAdoption).toEqual([2, 3, 5]);
  });
  it('is not run without the PlacedAdoption table', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
