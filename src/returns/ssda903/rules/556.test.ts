import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './556.ts';

describe('903 rule 556 (decision to place after the freeing order)', () => {
  const rule = versions[0]!;
  it('flags D1 episodes starting before DATE_PLACED', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: 'a', DECOM: '10/05/2025', LS: 'D1' },
        { CHILD: 'b', DECOM: '10/05/2025', LS: 'D1' },
        { CHILD: 'c', DECOM: '10/05/2025', LS: 'C2' },
      ],
      PlacedAdoption: [
        { CHILD: 'a', DATE_PLACED: '11/05/2025' },
        { CHILD: 'b', DATE_PLACED: '10/05/2025' },
        { CHILD: 'c', DATE_PLACED: '11/05/2025' },
      ],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run without PlacedAdoption', () => {
    expect(runRule(rule, { Episodes: [] })).toBeUndefined();
  });
});
