import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './371.ts';

const v = (definedIn: string) => versions.find((x) => x.definedIn === definedIn)!;

describe('903 rule 371 (semi-independent or supported accommodation under age)', () => {
  it('flags an ended H5 episode starting before the 14th birthday (lac2022_23)', () => {
    const flags = runRule(v('lac2022_23'), {
      Episodes: [
        { CHILD: 'A', DECOM: '14/06/2025', DEC: '01/08/2025', PLACE: 'H5' },
        { CHILD: 'B', DECOM: '15/06/2025', DEC: '01/08/2025', PLACE: 'H5' },
        { CHILD: 'C', DECOM: '14/06/2025', DEC: '01/08/2025', PLACE: 'U1' },
        { CHILD: 'D', DECOM: '14/06/2025', DEC: null, PLACE: 'H5' },
      ],
      Header: [
        { CHILD: 'A', DOB: '15/06/2011' },
        { CHILD: 'B', DOB: '15/06/2011' },
        { CHILD: 'C', DOB: '15/06/2011' },
        { CHILD: 'D', DOB: '15/06/2011' },
      ],
    });
    expect(flags?.Episodes).toEqual([0]);
  });

  it('flags an ended H5 episode starting before the 16th birthday (lac2023_24)', () => {
    const flags = runRule(v('lac2023_24'), {
      Episodes: [
        { CHILD: 'A', DECOM: '14/06/2025', DEC: '01/08/2025', PLACE: 'H5' },
        { CHILD: 'B', DECOM: '15/06/2025', DEC: '01/08/2025', PLACE: 'H5' },
        { CHILD: 'C', DECOM: '14/06/2025', DEC: '01/08/2025', PLACE: 'U1' },
        { CHILD: 'D', DECOM: '14/06/2025', DEC: null, PLACE: 'H5' },
      ],
      Header: [
        { CHILD: 'A', DOB: '15/06/2009' },
        { CHILD: 'B', DOB: '15/06/2009' },
        { CHILD: 'C', DOB: '15/06/2009' },
        { CHILD: 'D', DOB: '15/06/2009' },
      ],
    });
    expect(flags?.Episodes).toEqual([0]);
  });

  it('flags an ended K3 episode starting before the 16th birthday (lac2024_25)', () => {
    const flags = runRule(v('lac2024_25'), {
      Episodes: [
        { CHILD: 'A', DECOM: '14/06/2025', DEC: '01/08/2025', PLACE: 'K3' },
        { CHILD: 'B', DECOM: '15/06/2025', DEC: '01/08/2025', PLACE: 'K3' },
        { CHILD: 'C', DECOM: '14/06/2025', DEC: '01/08/2025', PLACE: 'U1' },
        { CHILD: 'D', DECOM: '14/06/2025', DEC: null, PLACE: 'K3' },
      ],
      Header: [
        { CHILD: 'A', DOB: '15/06/2009' },
        { CHILD: 'B', DOB: '15/06/2009' },
        { CHILD: 'C', DOB: '15/06/2009' },
        { CHILD: 'D', DOB: '15/06/2009' },
      ],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run without Header', () => {
    expect(
      runRule(versions[0]!, {
        Episodes: [{ CHILD: 'A', DECOM: '14/06/2025', DEC: '01/08/2025', PLACE: 'P2' }],
      }),
    ).toBeUndefined();
  });
});
