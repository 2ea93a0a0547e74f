import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './392b.ts';

describe('903 rule 392b (no postcodes recorded)', () => {
  it('flags a missing home or placement postcode unless the child is or was UASC, or on a short break', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', LS: 'C2', HOME_POST: 'YO1 0GJ', PL_POST: 'YO1 0PJ' },
        { CHILD: 'A', LS: 'C2', HOME_POST: 'YO1 0GJ', PL_POST: null },
        { CHILD: 'A', LS: 'C2', HOME_POST: null, PL_POST: 'YO1 0PJ' },
        { CHILD: 'A', LS: 'V4', HOME_POST: null, PL_POST: null },
        { CHILD: 'B', LS: 'C2', HOME_POST: null, PL_POST: null },
      ],
      Header: [
        { CHILD: 'A', UASC: '0' },
        { CHILD: 'B', UASC: '0' },
      ],
      Header_last: [{ CHILD: 'B', UASC: '1' }],
    });
    expect(flags?.Episodes).toEqual([1, 2]);
  });
  it('runs without UASC information', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [{ CHILD: 'A', LS: 'C2', HOME_POST: null, PL_POST: null }],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
