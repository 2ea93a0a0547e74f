import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './558.ts';

describe('903 rule 558 (adopted but the decision shows as ceased)', () => {
  const rule = versions[0]!;
  it('flags adoptions when every one of several decisions has a ceased date', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: 'a', REC: 'E11' },
        { CHILD: 'b', REC: 'E12' },
        { CHILD: 'c', REC: 'E11' },
        { CHILD: 'd', REC: 'E4A' },
      ],
      PlacedAdoption: [
        { CHILD: 'a', DATE_PLACED_CEASED: '01/01/2024' },
        { CHILD: 'a', DATE_PLACED_CEASED: '01/06/2025' },
        { CHILD: 'b', DATE_PLACED_CEASED: '01/01/2024' },
        { CHILD: 'b', DATE_PLACED_CEASED: null },
        { CHILD: 'c', DATE_PLACED_CEASED: null },
        { CHILD: 'd', DATE_PLACED_CEASED: '01/01/2024' },
        { CHILD: 'd', DATE_PLACED_CEASED: '01/06/2025' },
      ],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run without PlacedAdoption', () => {
    expect(runRule(rule, { Episodes: [] })).toBeUndefined();
  });
});
