import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './367.ts';

describe('903 rule 367 (more than 75 days of short breaks)', () => {
  it('adds up V3 days within the year per child', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DECOM: '01/03/2025', DEC: '01/05/2025', LS: 'V3' },
        { CHILD: 'A', DECOM: '01/06/2025', DEC: '16/07/2025', LS: 'V3' },
        { CHILD: 'A', DECOM: '01/08/2025', DEC: '01/09/2025', LS: 'C2' },
        { CHILD: 'B', DECOM: '01/06/2025', DEC: '15/08/2025', LS: 'V3' },
        { CHILD: 'C', DECOM: '01/01/2026', DEC: null, LS: 'V3' },
      ],
    });
    // A: 30 days counted from 1 April + 45 = 75, not over; B: 75 days; C: 89 days to 31 March.
    expect(flags?.Episodes).toEqual([4]);
  });
  it('flags every counted break once the total passes 75 days', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DECOM: '01/03/2025', DEC: '02/05/2025', LS: 'V3' },
        { CHILD: 'A', DECOM: '01/06/2025', DEC: '16/07/2025', LS: 'V3' },
        { CHILD: 'A', DECOM: '01/03/2025', DEC: '01/04/2025', LS: 'V3' },
      ],
    });
    expect(flags?.Episodes).toEqual([0, 1]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
