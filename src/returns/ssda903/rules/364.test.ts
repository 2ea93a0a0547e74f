import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './364.ts';

describe('903 rule 364 (PACE detention longer than 21 days)', () => {
  it('flags a spell of consecutive J2 episodes longer than 21 days, and no shorter one', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DECOM: '01/06/2025', DEC: '11/06/2025', LS: 'J2' },
        { CHILD: 'A', DECOM: '11/06/2025', DEC: '23/06/2025', LS: 'J2' },
        { CHILD: 'B', DECOM: '01/06/2025', DEC: '22/06/2025', LS: 'J2' },
        { CHILD: 'B', DECOM: '22/06/2025', DEC: null, LS: 'C2' },
        { CHILD: 'C', DECOM: '09/03/2026', DEC: null, LS: 'J2' },
        { CHILD: 'D', DECOM: '10/03/2026', DEC: null, LS: 'J2' },
      ],
    });
    expect(flags?.Episodes).toEqual([0, 1, 4]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
