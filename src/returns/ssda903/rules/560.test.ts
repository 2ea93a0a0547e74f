import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './560.ts';

describe('903 rule 560 (open decision’s DATE_PLACED changed since last year)', () => {
  const rule = versions[0]!;
  it('flags a different DATE_PLACED when last year’s decision had not ceased', () => {
    const flags = runRule(rule, {
      PlacedAdoption: [
        { CHILD: 'a', DATE_PLACED: '01/03/2025' },
        { CHILD: 'b', DATE_PLACED: '02/03/2025' },
        { CHILD: 'c', DATE_PLACED: '02/03/2025' },
        { CHILD: 'd', DATE_PLACED: '1/3/2025' },
      ],
      PlacedAdoption_last: [
        { CHILD: 'a', DATE_PLACED: '01/03/2025', DATE_PLACED_CEASED: null },
        { CHILD: 'b', DATE_PLACED: '01/03/2025', DATE_PLACED_CEASED: null },
        { CHILD: 'c', DATE_PLACED: '01/03/2025', DATE_PLACED_CEASED: '10/03/2025' },
        { CHILD: 'd', DATE_PLACED: '01/03/2025', DATE_PLACED_CEASED: null },
      ],
    });
    expect(flags?.PlacedAdoption).toEqual([1]);
  });
  it('is not run without last year’s PlacedAdoption', () => {
    expect(runRule(rule, { PlacedAdoption: [] })).toBeUndefined();
  });
});
