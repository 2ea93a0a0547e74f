import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './391.ts';

describe('903 rule 391 (care leaver not yet 17)', () => {
  it('flags care leaver data for a young person not 17 by 31 March', () => {
    const flags = runRule(versions[0]!, {
      OC3: [
        { DOB: '31/03/2009', IN_TOUCH: 'YES', ACTIV: null, ACCOM: null },
        { DOB: '01/04/2009', IN_TOUCH: null, ACTIV: 'F2', ACCOM: null },
        { DOB: '01/04/2009', IN_TOUCH: null, ACTIV: null, ACCOM: null },
      ],
    });
    expect(flags?.OC3).toEqual([1]);
  });
  it('is not run without OC3', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
