import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './563.ts';

describe('903 rule 563 (ceased decision without DATE_PLACED)', () => {
  const rule = versions[0]!;
  it('flags a ceased decision with no DATE_PLACED', () => {
    const flags = runRule(rule, {
      PlacedAdoption: [
        { DATE_PLACED: null, DATE_PLACED_CEASED: '01/06/2025', REASON_PLACED_CEASED: 'RD1' },
        { DATE_PLACED: '01/05/2025', DATE_PLACED_CEASED: '01/06/2025', REASON_PLACED_CEASED: 'RD1' },
        { DATE_PLACED: null, DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: null },
      ],
    });
    expect(flags?.PlacedAdoption).toEqual([0]);
  });
  it('is not run without PlacedAdoption', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
