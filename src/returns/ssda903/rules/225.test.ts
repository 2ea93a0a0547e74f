import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './225.ts';

describe('903 rule 225 (reason for placement change must be recorded)', () => {
  it('flags an X1 episode followed by a placement change with no reason', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2025', REC: 'X1', PLACE: 'U1', REASON_PLACE_CHANGE: null },
        { CHILD: 'A', DECOM: '01/06/2025', RNE: 'P', REC: 'X1', PLACE: 'U2', REASON_PLACE_CHANGE: 'CARPL' },
        { CHILD: 'A', DECOM: '01/07/2025', RNE: 'P', REC: null, PLACE: 'U3', REASON_PLACE_CHANGE: null },
      ],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('accepts changes of legal status only and moves into or out of temporary placements', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'B', DECOM: '01/05/2025', REC: 'X1', PLACE: 'U1', REASON_PLACE_CHANGE: null },
        { CHILD: 'B', DECOM: '01/06/2025', RNE: 'L', REC: 'X1', PLACE: 'U1', REASON_PLACE_CHANGE: null },
        { CHILD: 'B', DECOM: '01/07/2025', RNE: 'P', REC: 'X1', PLACE: 'T3', REASON_PLACE_CHANGE: null },
        { CHILD: 'B', DECOM: '10/07/2025', RNE: 'P', REC: null, PLACE: 'U1', REASON_PLACE_CHANGE: null },
      ],
    });
    expect(flags?.Episodes).toEqual([]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
