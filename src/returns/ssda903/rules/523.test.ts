import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './523.ts';

describe('903 rule 523 (DATE_PLACED and DATE_INT differ)', () => {
  const rule = versions[0]!;
  it('flags both rows when the dates differ', () => {
    const flags = runRule(rule, {
      PlacedAdoption: [
        { CHILD: 'a', DATE_PLACED: '10/05/2025' },
        { CHILD: 'b', DATE_PLACED: '10/05/2025' },
        { CHILD: 'c', DATE_PLACED: null },
      ],
      AD1: [
        { CHILD: 'b', DATE_INT: '11/05/2025' },
        { CHILD: 'a', DATE_INT: '10/05/2025' },
        { CHILD: 'c', DATE_INT: '10/05/2025' },
      ],
    });
    expect(flags).toEqual({ PlacedAdoption: [1], AD1: [0] });
  });
  it('is not run without AD1', () => {
    expect(runRule(rule, { PlacedAdoption: [] })).toBeUndefined();
  });
});
