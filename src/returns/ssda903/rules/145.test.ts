import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './145.ts';

describe('903 rule 145 (category of need)', () => {
  it('flags unknown and lower-case codes but not a blank cell', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [{ CIN: 'N1' }, { CIN: 'N8' }, { CIN: 'N9' }, { CIN: 'n1' }, { CIN: null }, { CIN: '' }],
    });
    expect(flags?.Episodes).toEqual([2, 3, 5]);
  });
  it('is not run without the Episodes table', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
