import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './149.ts';

describe('903 rule 149 (reason episode ceased)', () => {
  it('flags unknown and lower-case codes but not a blank cell', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [{ REC: 'E4A' }, { REC: 'X1' }, { REC: 'E4' }, { REC: 'e4a' }, { REC: null }, { REC: '' }],
    });
    expect(flags?.Episodes).toEqual([2, 3, 5]);
  });
  it('is not run without the Episodes table', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
