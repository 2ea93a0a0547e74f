import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './132.ts';

describe('903 rule 132 (activity code)', () => {
  it('flags unknown, lower-case and blank codes', () => {
    const flags = runRule(versions[0]!, {
      OC3: [
        { ACTIV: 'F1' },
        { ACTIV: '0' },
        { ACTIV: 'G3' },
        { ACTIV: 'f1' },
        { ACTIV: null },
        { ACTIV: '' },
      ],
    });
    expect(flags?.OC3).toEqual([2, 3, 4, 5]);
  });
  it('is not run without the OC3 table', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
