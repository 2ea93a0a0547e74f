import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './344.ts';

describe('903 rule 344 (activity and accommodation recorded for a care leaver who died or went home)', () => {
  it('flags DIED or RHOM unless activity and accommodation are both 0', () => {
    const flags = runRule(versions[0]!, {
      OC3: [
        { IN_TOUCH: 'DIED', ACTIV: '0', ACCOM: '0' },
        { IN_TOUCH: 'RHOM', ACTIV: 'F2', ACCOM: '0' },
        { IN_TOUCH: 'DIED', ACTIV: null, ACCOM: '0' },
        { IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'B' },
      ],
    });
    expect(flags?.OC3).toEqual([1, 2]);
  });
  it('is not run without OC3', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
