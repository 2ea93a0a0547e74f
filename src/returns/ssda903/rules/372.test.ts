import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './372.ts';

describe('903 rule 372 (youth custody or prison under 10)', () => {
  it('flags an ended R5 episode starting before the 10th birthday', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DECOM: '14/06/2025', DEC: '01/08/2025', PLACE: 'R5' },
        { CHILD: 'B', DECOM: '15/06/2025', DEC: '01/08/2025', PLACE: 'R5' },
        { CHILD: 'C', DECOM: '14/06/2025', DEC: '01/08/2025', PLACE: 'U1' },
        { CHILD: 'D', DECOM: '14/06/2025', DEC: null, PLACE: 'R5' },
      ],
      Header: [
        { CHILD: 'A', DOB: '15/06/2015' },
        { CHILD: 'B', DOB: '15/06/2015' },
        { CHILD: 'C', DOB: '15/06/2015' },
        { CHILD: 'D', DOB: '15/06/2015' },
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
