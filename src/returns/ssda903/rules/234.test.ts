import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './234.ts';

describe('903 rule 234 (custody placement change under 10)', () => {
  it('flags CUSTOD for an episode starting before the 10th birthday, with the Header row', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DECOM: '14/05/2025', REASON_PLACE_CHANGE: 'CUSTOD' },
        { CHILD: 'B', DECOM: '15/05/2025', REASON_PLACE_CHANGE: 'CUSTOD' },
        { CHILD: 'C', DECOM: '14/05/2025', REASON_PLACE_CHANGE: 'CARPL' },
      ],
      Header: [
        { CHILD: 'A', DOB: '15/05/2015' },
        { CHILD: 'B', DOB: '15/05/2015' },
        { CHILD: 'C', DOB: '15/05/2015' },
      ],
    });
    expect(flags).toEqual({ Episodes: [0], Header: [0] });
  });
  it('is not run without Header', () => {
    expect(
      runRule(versions[0]!, { Episodes: [{ CHILD: 'A', REASON_PLACE_CHANGE: 'CUSTOD' }] }),
    ).toBeUndefined();
  });
});
