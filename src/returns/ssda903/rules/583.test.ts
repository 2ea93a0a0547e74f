import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './583.ts';

describe('903 rule 583 (earlier decision to place not revoked)', () => {
  const rule = versions[0]!;
  it('flags open decisions other than the latest', () => {
    const flags = runRule(rule, {
      PlacedAdoption: [
        { CHILD: 'a', DATE_PLACED: '01/05/2025', DATE_PLACED_CEASED: null },
        { CHILD: 'a', DATE_PLACED: '01/07/2025', DATE_PLACED_CEASED: null },
        { CHILD: 'b', DATE_PLACED: '01/05/2025', DATE_PLACED_CEASED: '01/06/2025' },
        { CHILD: 'b', DATE_PLACED: '01/07/2025', DATE_PLACED_CEASED: null },
        { CHILD: 'c', DATE_PLACED: '01/05/2025', DATE_PLACED_CEASED: null },
      ],
    });
    expect(flags?.PlacedAdoption).toEqual([0]);
  });
  it('is not run without PlacedAdoption', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
