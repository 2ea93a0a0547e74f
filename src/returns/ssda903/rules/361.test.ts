import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './361.ts';

describe('903 rule 361 (police protection longer than 72 hours)', () => {
  it('flags a spell of consecutive L1 episodes longer than 3 days, and no shorter one', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DECOM: '01/06/2025', DEC: '02/06/2025', LS: 'L1' },
        { CHILD: 'A', DECOM: '02/06/2025', DEC: '05/06/2025', LS: 'L1' },
        { CHILD: 'B', DECOM: '01/06/2025', DEC: '04/06/2025', LS: 'L1' },
        { CHILD: 'B', DECOM: '04/06/2025', DEC: null, LS: 'C2' },
        { CHILD: 'C', DECOM: '27/03/2026', DEC: null, LS: 'L1' },
        { CHILD: 'D', DECOM: '28/03/2026', DEC: null, LS: 'L1' },
      ],
    });
    expect(flags?.Episodes).toEqual([0, 1, 4]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
