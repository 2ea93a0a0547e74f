import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './392c.ts';

describe('903 rule 392c (invalid postcodes)', () => {
  it('flags postcodes not in the ONS directory, looked up without regard to case or spaces', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { HOME_POST: 'YO1 0GJ', PL_POST: 'YO10PJ' },
        { HOME_POST: 'yo1 0gj', PL_POST: null },
        { HOME_POST: 'INVALID', PL_POST: 'YO1 0PJ' },
        { HOME_POST: 'YO1 0GJ', PL_POST: 'ZZ9 9ZZ' },
        { HOME_POST: null, PL_POST: null },
      ],
    });
    expect(flags?.Episodes).toEqual([2, 3]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
