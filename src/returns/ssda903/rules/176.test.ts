import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './176.ts';

describe('903 rule 176 (sex of adopters)', () => {
  it('flags unknown and lower-case codes but not a blank cell', () => {
    const flags = runRule(versions[0]!, {
      AD1: [
        { SEX_ADOPTR: 'MF' },
        { SEX_ADOPTR: 'FF' },
        { SEX_ADOPTR: 'M2' },
        { SEX_ADOPTR: 'mf' },
        { SEX_ADOPTR: null },
        { SEX_ADOPTR: '' },
      ],
    });
    expect(flags?.AD1).toEqual([2, 3, 5]);
  });
  it('is not run without the AD1 table', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
