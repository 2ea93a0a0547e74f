import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './551.ts';

describe('903 rule 551 (placed for adoption without DATE_PLACED)', () => {
  const rule = versions[0]!;
  it('flags adoptive placements of children with no DATE_PLACED', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: 'a', PLACE: 'A3' },
        { CHILD: 'b', PLACE: 'A5' },
        { CHILD: 'c', PLACE: 'A6' },
        { CHILD: 'd', PLACE: 'U1' },
      ],
      PlacedAdoption: [
        { CHILD: 'a', DATE_PLACED: '01/05/2025' },
        { CHILD: 'b', DATE_PLACED: null },
      ],
    });
    expect(flags?.Episodes).toEqual([1, 2]);
  });
  it('is not run without PlacedAdoption', () => {
    expect(runRule(rule, { Episodes: [] })).toBeUndefined();
  });
});
