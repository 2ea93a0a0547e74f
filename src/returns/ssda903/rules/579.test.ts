import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './579.ts';

describe('903 rule 579 (overlapping decisions to place for adoption)', () => {
  const rule = versions[0]!;
  it('flags a decision made while the previous one was open or before it ceased', () => {
    const flags = runRule(rule, {
      PlacedAdoption: [
        { CHILD: 'a', DATE_PLACED: '01/05/2025', DATE_PLACED_CEASED: '10/05/2025' },
        { CHILD: 'a', DATE_PLACED: '10/05/2025', DATE_PLACED_CEASED: null },
        { CHILD: 'b', DATE_PLACED: '01/05/2025', DATE_PLACED_CEASED: '10/05/2025' },
        { CHILD: 'b', DATE_PLACED: '09/05/2025', DATE_PLACED_CEASED: null },
        { CHILD: 'c', DATE_PLACED: '01/05/2025', DATE_PLACED_CEASED: null },
        { CHILD: 'c', DATE_PLACED: '01/06/2025', DATE_PLACED_CEASED: null },
      ],
    });
    expect(flags?.PlacedAdoption).toEqual([3, 5]);
  });
  it('is not run without PlacedAdoption', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
