import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './392d.ts';

describe('903 rule 392d (home and placement postcodes the same)', () => {
  it('flags the same home and placement postcode unless placed with parents', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { PLACE: 'U1', HOME_POST: 'YO1 0GJ', PL_POST: 'YO1 0GJ' },
        { PLACE: 'P1', HOME_POST: 'YO1 0GJ', PL_POST: 'YO1 0GJ' },
        { PLACE: 'U1', HOME_POST: 'YO1 0GJ', PL_POST: 'YO1 0PJ' },
        { PLACE: 'U1', HOME_POST: null, PL_POST: null },
      ],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
