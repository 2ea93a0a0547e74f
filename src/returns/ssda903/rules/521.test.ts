import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './521.ts';

describe('903 rule 521 (placed for adoption before the best-interests decision)', () => {
  const rule = versions[0]!;
  it('flags adoptive placements that start before DATE_INT, and the AD1 row', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: 'a', DECOM: '09/05/2025', PLACE: 'A4' },
        { CHILD: 'a', DECOM: '10/05/2025', PLACE: 'A5' },
        { CHILD: 'a', DECOM: '01/05/2025', PLACE: 'U1' },
        { CHILD: 'b', DECOM: '01/05/2025', PLACE: 'A3' },
      ],
      AD1: [
        { CHILD: 'a', DATE_INT: '10/05/2025' },
        { CHILD: 'b', DATE_INT: null },
      ],
    });
    expect(flags).toEqual({ Episodes: [0], AD1: [0] });
  });
  it('is not run without AD1', () => {
    expect(runRule(rule, { Episodes: [] })).toBeUndefined();
  });
});
