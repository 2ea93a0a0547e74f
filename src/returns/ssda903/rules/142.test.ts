import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './142.ts';

describe('903 rule 142 (previous episode not ended)', () => {
  it('flags an earlier episode without DEC or REC, but not the last one', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2025', DEC: null, REC: null },
        { CHILD: 'A', DECOM: '01/04/2025', DEC: '01/05/2025', REC: null },
        { CHILD: 'B', DECOM: '01/04/2025', DEC: null, REC: 'X1' },
        { CHILD: 'B', DECOM: '01/06/2025', DEC: null, REC: null },
        { CHILD: 'C', DECOM: '01/04/2025', DEC: '01/05/2025', REC: 'X1' },
        { CHILD: 'C', DECOM: '01/05/2025', DEC: null, REC: null },
        { CHILD: 'D', DECOM: '31/04/2025', DEC: null, REC: null },
      ],
    });
    expect(flags?.Episodes).toEqual([1, 2]);
  });
});
