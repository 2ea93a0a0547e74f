import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './522.ts';

describe('903 rule 522 (decision ceased before it was made)', () => {
  const rule = versions[0]!;
  it('flags DATE_PLACED_CEASED before DATE_PLACED', () => {
    const flags = runRule(rule, {
      PlacedAdoption: [
        { DATE_PLACED: '10/05/2025', DATE_PLACED_CEASED: '09/05/2025' },
        { DATE_PLACED: '10/05/2025', DATE_PLACED_CEASED: '10/05/2025' },
        { DATE_PLACED: '10/05/2025', DATE_PLACED_CEASED: null },
      ],
    });
    expect(flags?.PlacedAdoption).toEqual([0]);
  });
  it('is not run without PlacedAdoption', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
