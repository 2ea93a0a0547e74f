import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './373.ts';

describe('903 rule 373 (residential school under 4)', () => {
  it('flags an ended S1 episode starting before the 4th birthday', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DECOM: '14/06/2025', DEC: '01/08/2025', PLACE: 'S1' },
        { CHILD: 'B', DECOM: '15/06/2025', DEC: '01/08/2025', PLACE: 'S1' },
        { CHILD: 'C', DECOM: '14/06/2025', DEC: '01/08/2025', PLACE: 'U1' },
        { CHILD: 'D', DECOM: '14/06/2025', DEC: null, PLACE: 'S1' },
      ],
      Header: [
        { CHILD: 'A', DOB: '15/06/2021' },
        { CHILD: 'B', DOB: '15/06/2021' },
        { CHILD: 'C', DOB: '15/06/2021' },
        { CHILD: 'D', DOB: '15/06/2021' },
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
