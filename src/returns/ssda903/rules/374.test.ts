import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './374.ts';

describe('903 rule 374 (residential employment under 14)', () => {
  it('flags an ended P3 episode starting before the 14th birthday', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DECOM: '14/06/2025', DEC: '01/08/2025', PLACE: 'P3' },
        { CHILD: 'B', DECOM: '15/06/2025', DEC: '01/08/2025', PLACE: 'P3' },
        { CHILD: 'C', DECOM: '14/06/2025', DEC: '01/08/2025', PLACE: 'U1' },
        { CHILD: 'D', DECOM: '14/06/2025', DEC: null, PLACE: 'P3' },
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
  it('is not run without Header', () => {
    expect(
      runRule(versions[0]!, {
        Episodes: [{ CHILD: 'A', DECOM: '14/06/2025', DEC: '01/08/2025', PLACE: 'P2' }],
      }),
    ).toBeUndefined();
  });
});
