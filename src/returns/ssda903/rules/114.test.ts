import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './114.ts';

describe('903 rule 114 (former carer status)', () => {
  it('flags unknown codes and padded numbers but not a blank cell', () => {
    const flags = runRule(versions[0]!, {
      AD1: [
        { FOSTER_CARE: '0' },
        { FOSTER_CARE: '1' },
        { FOSTER_CARE: '2' },
        { FOSTER_CARE: '01' },
        { FOSTER_CARE: null },
        { FOSTER_CARE: '' },
      ],
    });
    expect(flags?.AD1).toEqual([2, 3, 5]);
  });
  it('is not run without the AD1 table', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
