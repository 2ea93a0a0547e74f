import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './190.ts';

// Collection year 2025/26 (1 April 2025 - 31 March 2026).
const Episodes = [
  { CHILD: 'A', DECOM: '01/01/2024', DEC: null, RNE: 'S', REC: null, LS: 'C2' },
  { CHILD: 'B', DECOM: '01/01/2024', DEC: '01/04/2025', RNE: 'S', REC: 'E13', LS: 'C2' },
];

describe('903 rule 190 (OC2 items only when looked after for 12 months)', () => {
  it('flags completed OC2 items for a child who left care on 1 April', () => {
    const OC2 = [
      { CHILD: 'A', CONVICTED: '0', IMMUNISATIONS: '1' },
      { CHILD: 'B', CONVICTED: null, IMMUNISATIONS: '1' },
      { CHILD: 'B', CONVICTED: null, IMMUNISATIONS: null },
    ];
    expect(runRule(versions[0]!, { Episodes, OC2 })?.OC2).toEqual([1]);
  });
});
