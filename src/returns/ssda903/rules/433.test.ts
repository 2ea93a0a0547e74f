import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './433.ts';

describe('903 rule 433 (continuation episode does not start when the last ended)', () => {
  it('flags P/L/T/U/B episodes not starting on the previous end date', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', RNE: 'S', DECOM: '01/05/2025', DEC: '01/06/2025' },
        { CHILD: 'A', RNE: 'P', DECOM: '01/06/2025', DEC: '01/07/2025' },
        { CHILD: 'A', RNE: 'L', DECOM: '02/07/2025', DEC: '01/08/2025' },
        { CHILD: 'A', RNE: 'S', DECOM: '01/09/2025', DEC: null },
        { CHILD: 'B', RNE: 'P', DECOM: '01/05/2025', DEC: null },
      ],
    });
    expect(flags?.Episodes).toEqual([2]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
