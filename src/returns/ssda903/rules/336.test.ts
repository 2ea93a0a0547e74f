import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './336.ts';

describe('903 rule 336 (no foster placement before placement for adoption)', () => {
  it('flags A3/A4 placements that follow something other than foster or adoption placements', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2025', PLACE: 'U1' },
        { CHILD: 'A', DECOM: '01/06/2025', PLACE: 'A3' },
        { CHILD: 'B', DECOM: '01/06/2025', PLACE: 'A4' },
        { CHILD: 'B', DECOM: '01/05/2025', PLACE: 'K2' },
        { CHILD: 'C', DECOM: '01/05/2025', PLACE: 'A4' },
      ],
    });
    expect(flags?.Episodes).toEqual([2]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
