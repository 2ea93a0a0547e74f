import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './363.ts';

describe('903 rule 363 (child assessment order longer than 7 days)', () => {
  it('flags a spell of consecutive L3 episodes longer than 7 days, and no shorter one', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DECOM: '01/06/2025', DEC: '04/06/2025', LS: 'L3' },
        { CHILD: 'A', DECOM: '04/06/2025', DEC: '09/06/2025', LS: 'L3' },
        { CHILD: 'B', DECOM: '01/06/2025', DEC: '08/06/2025', LS: 'L3' },
        { CHILD: 'B', DECOM: '08/06/2025', DEC: null, LS: 'C2' },
        { CHILD: 'C', DECOM: '23/03/2026', DEC: null, LS: 'L3' },
        { CHILD: 'D', DECOM: '24/03/2026', DEC: null, LS: 'L3' },
      ],
    });
    expect(flags?.Episodes).toEqual([0, 1, 4]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
