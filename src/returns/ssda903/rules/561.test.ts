import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './561.ts';

describe('903 rule 561 (DATE_PLACED of a decision that had ceased last year)', () => {
  const rule = versions[0]!;
  it('flags a repeated DATE_PLACED when last year’s decision had ceased', () => {
    const flags = runRule(rule, {
      PlacedAdoption: [
        { CHILD: 'a', DATE_PLACED: '01/03/2025' },
        { CHILD: 'b', DATE_PLACED: '01/03/2025' },
        { CHILD: 'c', DATE_PLACED: '01/06/2025' },
      ],
      PlacedAdoption_last: [
        { CHILD: 'a', DATE_PLACED: '01/03/2025', DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: 'RD1' },
        { CHILD: 'b', DATE_PLACED: '01/03/2025', DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: null },
        {
          CHILD: 'c',
          DATE_PLACED: '01/03/2025',
          DATE_PLACED_CEASED: '10/03/2025',
          REASON_PLACED_CEASED: 'RD1',
        },
      ],
    });
    expect(flags?.PlacedAdoption).toEqual([0]);
  });
  it('is not run without last year’s PlacedAdoption', () => {
    expect(runRule(rule, { PlacedAdoption: [] })).toBeUndefined();
  });
});
