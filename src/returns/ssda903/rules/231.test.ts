import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './231.ts';

describe('903 rule 231 (UASC children expected to be older)', () => {
  it('flags UASC children under 11 at the end of the collection year', () => {
    const flags = runRule(versions[0]!, {
      Header: [
        { DOB: '31/03/2015', UASC: '1' },
        { DOB: '01/04/2015', UASC: '1' },
        { DOB: '01/04/2020', UASC: '0' },
        { DOB: null, UASC: '1' },
      ],
    });
    expect(flags?.Header).toEqual([1]);
  });
  it('is not run without Header', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
