import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './379.ts';

describe('903 rule 379 (unspecified temporary placement over seven days)', () => {
  it('flags a T4 episode lasting more than 7 days', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DECOM: '01/06/2025', DEC: '08/06/2025', PLACE: 'T4' },
        { CHILD: 'A', DECOM: '01/06/2025', DEC: '09/06/2025', PLACE: 'T4' },
        { CHILD: 'A', DECOM: '01/06/2025', DEC: '09/06/2025', PLACE: 'U1' },
        { CHILD: 'A', DECOM: '01/06/2025', DEC: null, PLACE: 'T4' },
      ],
      Header: [{ CHILD: 'A', DOB: '01/01/2015' }],
    });
    expect(flags?.Episodes).toEqual([1]);
  });
  it('is not run without Header', () => {
    expect(
      runRule(versions[0]!, {
        Episodes: [{ CHILD: 'A', DECOM: '01/06/2025', DEC: '01/12/2025', PLACE: 'T4' }],
      }),
    ).toBeUndefined();
  });
});
