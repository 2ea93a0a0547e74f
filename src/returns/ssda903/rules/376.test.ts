import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './376.ts';

describe('903 rule 376 (foster carer holiday placement over three weeks)', () => {
  it('flags a T3 episode lasting more than 21 days', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DECOM: '01/06/2025', DEC: '22/06/2025', PLACE: 'T3' },
        { CHILD: 'A', DECOM: '01/06/2025', DEC: '23/06/2025', PLACE: 'T3' },
        { CHILD: 'A', DECOM: '01/06/2025', DEC: '23/06/2025', PLACE: 'U1' },
        { CHILD: 'A', DECOM: '01/06/2025', DEC: null, PLACE: 'T3' },
      ],
      Header: [{ CHILD: 'A', DOB: '01/01/2015' }],
    });
    expect(flags?.Episodes).toEqual([1]);
  });
  it('is not run without Header', () => {
    expect(
      runRule(versions[0]!, {
        Episodes: [{ CHILD: 'A', DECOM: '01/06/2025', DEC: '01/12/2025', PLACE: 'T3' }],
      }),
    ).toBeUndefined();
  });
});
