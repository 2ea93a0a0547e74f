import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './388.ts';

describe('903 rule 388 (X1 without a continuation episode)', () => {
  it('needs the next episode to start the day an X1 episode ends, and X1 not to end the last one', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'X1' },
        { CHILD: 'A', DECOM: '01/06/2025', DEC: '01/07/2025', REC: 'X1' },
        { CHILD: 'A', DECOM: '02/07/2025', DEC: '01/08/2025', REC: 'E13' },
        { CHILD: 'B', DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'E13' },
        { CHILD: 'B', DECOM: '01/06/2025', DEC: '01/07/2025', REC: 'X1' },
        { CHILD: 'C', DECOM: '01/05/2025', DEC: null, REC: null },
      ],
    });
    // A: the second X1 is not followed on its end date; B: E13 is followed the same day, and the last
    // episode ends X1.
    expect(flags?.Episodes).toEqual([1, 3, 4]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
