import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './334.ts';

describe('903 rule 334 (latest period of care starts after decision to place for adoption)', () => {
  it('compares the latest RNE S episode with DATE_INT', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DECOM: '01/01/2024', RNE: 'S' },
        { CHILD: 'A', DECOM: '01/05/2025', RNE: 'S' },
        { CHILD: 'A', DECOM: '01/07/2025', RNE: 'P' },
        { CHILD: 'B', DECOM: '01/05/2025', RNE: 'S' },
        { CHILD: 'C', DECOM: '01/05/2025', RNE: 'P' },
      ],
      AD1: [
        { CHILD: 'A', DATE_INT: '30/04/2025' },
        { CHILD: 'B', DATE_INT: '01/05/2025' },
        { CHILD: 'C', DATE_INT: '01/01/2025' },
      ],
    });
    expect(flags).toEqual({ Episodes: [1], AD1: [0] });
  });
  it('is not run without AD1', () => {
    expect(
      runRule(versions[0]!, { Episodes: [{ CHILD: 'A', DECOM: '01/05/2025', RNE: 'S' }] }),
    ).toBeUndefined();
  });
});
