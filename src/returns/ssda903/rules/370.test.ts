import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './370.ts';

const v = (definedIn: string) => versions.find((x) => x.definedIn === definedIn)!;

describe('903 rule 370 (independent living under age)', () => {
  it('flags an ended P2 episode starting before the 15th birthday (lac2022_23)', () => {
    const flags = runRule(v('lac2022_23'), {
      Episodes: [
        { CHILD: 'A', DECOM: '14/06/2025', DEC: '01/08/2025', PLACE: 'P2' },
        { CHILD: 'B', DECOM: '15/06/2025', DEC: '01/08/2025', PLACE: 'P2' },
        { CHILD: 'C', DECOM: '14/06/2025', DEC: '01/08/2025', PLACE: 'U1' },
        { CHILD: 'D', DECOM: '14/06/2025', DEC: null, PLACE: 'P2' },
      ],
      Header: [
        { CHILD: 'A', DOB: '15/06/2010' },
        { CHILD: 'B', DOB: '15/06/2010' },
        { CHILD: 'C', DOB: '15/06/2010' },
        { CHILD: 'D', DOB: '15/06/2010' },
      ],
    });
    expect(flags?.Episodes).toEqual([0]);
  });

  it('flags an ended P2 episode starting before the 16th birthday (lac2023_24)', () => {
    const flags = runRule(v('lac2023_24'), {
      Episodes: [
        { CHILD: 'A', DECOM: '14/06/2025', DEC: '01/08/2025', PLACE: 'P2' },
        { CHILD: 'B', DECOM: '15/06/2025', DEC: '01/08/2025', PLACE: 'P2' },
        { CHILD: 'C', DECOM: '14/06/2025', DEC: '01/08/2025', PLACE: 'U1' },
        { CHILD: 'D', DECOM: '14/06/2025', DEC: null, PLACE: 'P2' },
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
