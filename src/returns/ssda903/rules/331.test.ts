import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './331.ts';

describe('903 rule 331 (matching after placement for adoption)', () => {
  it('flags a date of matching after the start of the episode that ended in adoption', () => {
    const flags = runRule(versions[0]!, {
      AD1: [
        { CHILD: 'A', DATE_MATCH: '02/06/2025' },
        { CHILD: 'B', DATE_MATCH: '01/06/2025' },
        { CHILD: 'C', DATE_MATCH: '02/06/2025' },
      ],
      Episodes: [
        { CHILD: 'A', DECOM: '01/06/2025', REC: 'E11' },
        { CHILD: 'B', DECOM: '01/06/2025', REC: 'E12' },
        { CHILD: 'C', DECOM: '01/06/2025', REC: 'X1' },
      ],
    });
    expect(flags).toEqual({ AD1: [0], Episodes: [0] });
  });
  it('is not run without AD1', () => {
    expect(
      runRule(versions[0]!, { Episodes: [{ CHILD: 'A', DECOM: '01/06/2025', REC: 'E11' }] }),
    ).toBeUndefined();
  });
});
