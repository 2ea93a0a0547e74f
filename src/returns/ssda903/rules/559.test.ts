import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './559.ts';

describe('903 rule 559 (earlier DATE_PLACED missing from last year)', () => {
  const rule = versions[0]!;
  it('flags a DATE_PLACED before 1 April that last year’s return did not have', () => {
    const flags = runRule(rule, {
      PlacedAdoption: [
        { CHILD: 'a', DATE_PLACED: '31/03/2025' },
        { CHILD: 'b', DATE_PLACED: '31/03/2025' },
        { CHILD: 'c', DATE_PLACED: '01/04/2025' },
        { CHILD: 'd', DATE_PLACED: '31/03/2025' },
      ],
      PlacedAdoption_last: [
        { CHILD: 'a', DATE_PLACED: '31/03/2025' },
        { CHILD: 'b', DATE_PLACED: null },
      ],
    });
    expect(flags?.PlacedAdoption).toEqual([1, 3]);
  });
  it('is not run without last year’s PlacedAdoption', () => {
    expect(runRule(rule, { PlacedAdoption: [] })).toBeUndefined();
  });
});
