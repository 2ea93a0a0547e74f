import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './1009.ts';

describe('903 rule 1009 (reason for placement change)', () => {
  it('flags unknown, lower-case and empty codes but not a blank cell', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { REASON_PLACE_CHANGE: 'CARPL' },
        { REASON_PLACE_CHANGE: 'other' },
        { REASON_PLACE_CHANGE: 'NA' },
        { REASON_PLACE_CHANGE: '' },
        { REASON_PLACE_CHANGE: null },
        { REASON_PLACE_CHANGE: 'CUSTOD' },
      ],
    });
    expect(flags?.Episodes).toEqual([1, 2, 3]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
