import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './191.ts';

// Collection year 2025/26 (1 April 2025 - 31 March 2026).
const Episodes = [
  { CHILD: 'A', DECOM: '01/01/2024', DEC: '01/02/2024', RNE: 'S', REC: 'X1', LS: 'C2' },
  { CHILD: 'A', DECOM: '01/02/2024', DEC: null, RNE: 'P', REC: null, LS: 'C2' },
  { CHILD: 'B', DECOM: '01/06/2023', DEC: '01/03/2024', RNE: 'S', REC: 'X1', LS: 'C2' },
  { CHILD: 'B', DECOM: '01/03/2023', DEC: '01/06/2023', RNE: 'S', REC: 'X1', LS: 'C2' },
  { CHILD: 'B', DECOM: '01/03/2024', DEC: null, RNE: 'P', REC: null, LS: 'C2' },
  { CHILD: 'C', DECOM: '01/06/2025', DEC: null, RNE: 'S', REC: null, LS: 'C2' },
];
const core = { IMMUNISATIONS: '1', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '1', SUBSTANCE_MISUSE: '0' };

describe('903 rule 191 (OC2 items for children looked after for 12 months)', () => {
  it("flags missing core items, and a missing OC2 row at the child's first episode", () => {
    const OC2 = [
      { CHILD: 'A', ...core },
      { CHILD: 'A', ...core, TEETH_CHECK: null },
      { CHILD: 'C', ...core, TEETH_CHECK: null },
    ];
    const flags = runRule(versions[0]!, { Episodes, OC2 });
    expect(flags?.OC2).toEqual([1]);
    expect(flags?.Episodes).toEqual([3]);
  });
});
