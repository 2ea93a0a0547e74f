import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './431.ts';

describe('903 rule 431 (new period of care the day the previous episode ended)', () => {
  it('flags RNE S on or before the end of the previous episode', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', RNE: 'S', DECOM: '01/05/2025', DEC: '01/06/2025' },
        { CHILD: 'A', RNE: 'S', DECOM: '01/06/2025', DEC: '01/07/2025' },
        { CHILD: 'A', RNE: 'S', DECOM: '02/07/2025', DEC: null },
        { CHILD: 'B', RNE: 'S', DECOM: '01/05/2025', DEC: '01/06/2025' },
        { CHILD: 'B', RNE: 'P', DECOM: '01/06/2025', DEC: null },
      ],
    });
    expect(flags?.Episodes).toEqual([1]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
