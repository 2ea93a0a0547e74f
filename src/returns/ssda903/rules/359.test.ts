import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './359.ts';

describe('903 rule 359 (looked after past 18 must be V2 in K2)', () => {
  it("flags open episodes of over-18s not under V2 in a children's home (K2)", () => {
    const flags = runRule(versions[0]!, {
      Header: [
        { CHILD: 'A', DOB: '30/03/2008' },
        { CHILD: 'B', DOB: '31/03/2008' },
        { CHILD: 'C', DOB: '01/01/2007' },
        { CHILD: 'D', DOB: '01/01/2007' },
      ],
      Episodes: [
        { CHILD: 'A', DEC: null, LS: 'C2', PLACE: 'U1' },
        { CHILD: 'B', DEC: null, LS: 'C2', PLACE: 'U1' },
        { CHILD: 'C', DEC: null, LS: 'V2', PLACE: 'K2' },
        { CHILD: 'D', DEC: '01/06/2025', LS: 'C2', PLACE: 'U1' },
      ],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run without Header', () => {
    expect(
      runRule(versions[0]!, { Episodes: [{ CHILD: 'A', DEC: null, LS: 'C2', PLACE: 'U1' }] }),
    ).toBeUndefined();
  });
});
