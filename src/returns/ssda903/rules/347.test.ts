import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './347.ts';

describe('903 rule 347 (care leaver under 18 in a foyer)', () => {
  it('flags accommodation T for a young person under 18 on 1 April', () => {
    const flags = runRule(versions[0]!, {
      OC3: [
        { DOB: '01/04/2007', ACCOM: 'T' },
        { DOB: '02/04/2007', ACCOM: 'T' },
        { DOB: '02/04/2007', ACCOM: 'B' },
      ],
    });
    expect(flags?.OC3).toEqual([1]);
  });
  it('is not run without OC3', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
