import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './432.ts';

describe('903 rule 432 (new episode after care ended is not RNE S)', () => {
  it('flags an episode after one that ended care unless it is RNE S', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', RNE: 'S', DECOM: '01/05/2025', REC: 'E13' },
        { CHILD: 'A', RNE: 'P', DECOM: '01/06/2025', REC: 'X1' },
        { CHILD: 'A', RNE: 'P', DECOM: '01/07/2025', REC: null },
        { CHILD: 'B', RNE: 'S', DECOM: '01/05/2025', REC: 'E4A' },
        { CHILD: 'B', RNE: 'S', DECOM: '01/06/2025', REC: null },
      ],
    });
    expect(flags?.Episodes).toEqual([1]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
