import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './345.ts';

describe('903 rule 345 (activity or accommodation 0 when in touch)', () => {
  it('flags IN_TOUCH YES with activity or accommodation 0', () => {
    const flags = runRule(versions[0]!, {
      OC3: [
        { IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'B' },
        { IN_TOUCH: 'YES', ACTIV: '0', ACCOM: 'B' },
        { IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: '0' },
        { IN_TOUCH: 'NO', ACTIV: '0', ACCOM: '0' },
      ],
    });
    expect(flags?.OC3).toEqual([1, 2]);
  });
  it('is not run without OC3', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
