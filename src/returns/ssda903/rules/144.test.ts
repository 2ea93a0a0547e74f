import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './144.ts';

describe('903 rule 144 (legal status)', () => {
  it('flags unknown and lower-case codes but not a blank cell', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [{ LS: 'C2' }, { LS: 'V4' }, { LS: 'V1' }, { LS: 'c2' }, { LS: null }, { LS: '' }],
    });
    expect(flags?.Episodes).toEqual([2, 3, 5]);
  });
  it('is not run without the Episodes table', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
