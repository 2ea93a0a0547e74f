import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './375.ts';

describe('903 rule 375 (hospital temporary placement over six weeks)', () => {
  it('flags a T1 episode lasting more than 42 days', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DECOM: '01/06/2025', DEC: '13/07/2025', PLACE: 'T1' },
        { CHILD: 'A', DECOM: '01/06/2025', DEC: '14/07/2025', PLACE: 'T1' },
        { CHILD: 'A', DECOM: '01/06/2025', DEC: '14/07/2025', PLACE: 'U1' },
        { CHILD: 'A', DECOM: '01/06/2025', DEC: null, PLACE: 'T1' },
      ],
      Header: [{ CHILD: 'A', DOB: '01/01/2015' }],
    });
    expect(flags?.Episodes).toEqual([1]);
  });
  it('is not run without Header', () => {
    expect(
      runRule(versions[0]!, {
        Episodes: [{ CHILD: 'A', DECOM: '01/06/2025', DEC: '01/12/2025', PLACE: 'T1' }],
      }),
    ).toBeUndefined();
  });
});
