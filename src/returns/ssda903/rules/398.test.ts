import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './398.ts';

describe('903 rule 398 (postcodes for a short break)', () => {
  it('flags V3/V4 episodes with a home or placement postcode', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { LS: 'V3', HOME_POST: 'YO1 0GJ', PL_POST: null },
        { LS: 'V4', HOME_POST: null, PL_POST: 'YO1 0PJ' },
        { LS: 'V3', HOME_POST: null, PL_POST: null },
        { LS: 'C2', HOME_POST: 'YO1 0GJ', PL_POST: 'YO1 0PJ' },
      ],
    });
    expect(flags?.Episodes).toEqual([0, 1]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
