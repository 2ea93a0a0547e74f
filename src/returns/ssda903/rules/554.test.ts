import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './554.ts';

describe('903 rule 554 (decision to place after the placement order)', () => {
  const rule = versions[0]!;
  it('compares DATE_PLACED with the first E1 episode', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: 'a', DECOM: '10/05/2025', LS: 'E1' },
        { CHILD: 'a', DECOM: '01/07/2025', LS: 'E1' },
        { CHILD: 'b', DECOM: '10/05/2025', LS: 'E1' },
        { CHILD: 'c', DECOM: '10/05/2025', LS: 'C2' },
      ],
      PlacedAdoption: [
        { CHILD: 'a', DATE_PLACED: '11/05/2025' },
        { CHILD: 'b', DATE_PLACED: '10/05/2025' },
        { CHILD: 'c', DATE_PLACED: '11/05/2025' },
      ],
    });
    expect(flags).toEqual({ Episodes: [0], PlacedAdoption: [0] });
  });
  it('is not run without PlacedAdoption', () => {
    expect(runRule(rule, { Episodes: [] })).toBeUndefined();
  });
});
