import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './177.ts';

describe('903 rule 177 (legal status of adopters)', () => {
  it('flags unknown and lower-case codes but not a blank cell', () => {
    const flags = runRule(versions[0]!, {
      AD1: [
        { LS_ADOPTR: 'L0' },
        { LS_ADOPTR: 'L12' },
        { LS_ADOPTR: 'L1' },
        { LS_ADOPTR: 'l0' },
        { LS_ADOPTR: null },
        { LS_ADOPTR: '' },
      ],
    });
    expect(flags?.AD1).toEqual([2, 3, 5]);
  });
  it('is not run without the AD1 table', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
