import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './117.ts';

describe('903 rule 117 (adoption decisions after care ended or after 31 March)', () => {
  it("compares the decisions with 31 March and the child's latest non-X1 episode", () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DECOM: '01/01/2025', DEC: '01/02/2026', REC: 'E11' },
        { CHILD: 'B', DECOM: '01/01/2025', DEC: '01/06/2025', REC: 'E13' },
        { CHILD: 'B', DECOM: '01/07/2025', DEC: '01/08/2025', REC: 'X1' },
        { CHILD: 'C', DECOM: '01/01/2025', DEC: null, REC: null },
        { CHILD: 'D', DECOM: '01/01/2025', DEC: null, REC: null },
      ],
      PlacedAdoption: [
        { CHILD: 'A', DATE_PLACED: '01/02/2026', DATE_PLACED_CEASED: null },
        { CHILD: 'B', DATE_PLACED: '02/06/2025', DATE_PLACED_CEASED: null },
        { CHILD: 'C', DATE_PLACED: '31/03/2026', DATE_PLACED_CEASED: '01/04/2026' },
        { CHILD: 'D', DATE_PLACED: '31/03/2026', DATE_PLACED_CEASED: null },
        { CHILD: 'E', DATE_PLACED: '01/04/2026', DATE_PLACED_CEASED: null },
      ],
    });
    expect(flags?.Episodes).toEqual([1, 3]);
    expect(flags?.PlacedAdoption).toEqual([1, 2]);
  });
  it('is not run without PlacedAdoption', () => {
    expect(runRule(versions[0]!, { Episodes: [] })).toBeUndefined();
  });
});
