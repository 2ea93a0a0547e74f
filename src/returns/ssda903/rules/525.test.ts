import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './525.ts';

describe('903 rule 525 (reversed decision but adoption details given)', () => {
  const rule = versions[0]!;
  it('flags a ceased decision with any AD1 adoption field', () => {
    const flags = runRule(rule, {
      PlacedAdoption: [
        { CHILD: 'a', DATE_PLACED_CEASED: '10/05/2025' },
        { CHILD: 'b', DATE_PLACED_CEASED: '10/05/2025' },
        { CHILD: 'c', DATE_PLACED_CEASED: null },
      ],
      AD1: [
        { CHILD: 'a', DATE_INT: null, DATE_MATCH: null, FOSTER_CARE: null, NB_ADOPTR: null },
        { CHILD: 'b', DATE_INT: null, DATE_MATCH: '01/05/2025', FOSTER_CARE: null, NB_ADOPTR: null },
        { CHILD: 'c', DATE_INT: '01/04/2025', DATE_MATCH: null, FOSTER_CARE: null, NB_ADOPTR: '1' },
      ],
    });
    expect(flags).toEqual({ PlacedAdoption: [1], AD1: [1] });
  });
  it('is not run without AD1', () => {
    expect(runRule(rule, { PlacedAdoption: [] })).toBeUndefined();
  });
});
