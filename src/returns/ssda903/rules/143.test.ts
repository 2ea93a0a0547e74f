import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './143.ts';

describe('903 rule 143 (reason for new episode)', () => {
  it('flags unknown and lower-case codes but not a blank cell', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [{ RNE: 'S' }, { RNE: 'B' }, { RNE: 'SP' }, { RNE: 's' }, { RNE: null }, { RNE: '' }],
    });
    expect(flags?.Episodes).toEqual([2, 3, 5]);
  });
  it('is not run without the Episodes table', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
