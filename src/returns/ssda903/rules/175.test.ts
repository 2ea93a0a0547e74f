import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './175.ts';

describe('903 rule 175 (number of adopters)', () => {
  it('flags unknown codes and padded numbers but not a blank cell', () => {
    const flags = runRule(versions[0]!, {
      AD1: [
        { NB_ADOPTR: '1' },
        { NB_ADOPTR: '2' },
        { NB_ADOPTR: '0' },
        { NB_ADOPTR: ' 1' },
        { NB_ADOPTR: null },
        { NB_ADOPTR: '' },
      ],
    });
    expect(flags?.AD1).toEqual([2, 3, 5]);
  });
  it('is not run without the AD1 table', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
