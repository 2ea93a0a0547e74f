import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './584.ts';

describe('903 rule 584 (DATE_PLACED not new after last year’s decision ceased)', () => {
  const rule = versions[0]!;
  it('flags a DATE_PLACED that is blank or not after last year’s ceased decision', () => {
    const flags = runRule(rule, {
      PlacedAdoption: [
        { CHILD: 'a', DATE_PLACED: '01/03/2025' },
        { CHILD: 'b', DATE_PLACED: '02/03/2025' },
        { CHILD: 'c', DATE_PLACED: null },
        { CHILD: 'd', DATE_PLACED: '01/03/2025' },
      ],
      PlacedAdoption_last: [
        {
          CHILD: 'a',
          DATE_PLACED: '01/03/2025',
          DATE_PLACED_CEASED: '10/03/2025',
          REASON_PLACED_CEASED: null,
        },
        { CHILD: 'b', DATE_PLACED: '01/03/2025', DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: 'RD1' },
        {
          CHILD: 'c',
          DATE_PLACED: '01/03/2025',
          DATE_PLACED_CEASED: '10/03/2025',
          REASON_PLACED_CEASED: 'RD1',
        },
        { CHILD: 'd', DATE_PLACED: '01/03/2025', DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: null },
      ],
    });
    expect(flags?.PlacedAdoption).toEqual([0, 2]);
  });
  it('is not run without last year’s PlacedAdoption', () => {
    expect(runRule(rule, { PlacedAdoption: [] })).toBeUndefined();
  });
});
