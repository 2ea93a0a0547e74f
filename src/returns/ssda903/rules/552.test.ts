import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './552.ts';

describe('903 rule 552 (placed for adoption before the decision)', () => {
  const rule = versions[0]!;
  it('compares the first adoptive placement with the latest decision', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: 'a', DECOM: '10/05/2025', PLACE: 'A4' },
        { CHILD: 'a', DECOM: '01/07/2025', PLACE: 'A4' },
        { CHILD: 'b', DECOM: '10/05/2025', PLACE: 'A4' },
        { CHILD: 'c', DECOM: '01/01/2025', PLACE: 'U1' },
      ],
      PlacedAdoption: [
        { CHILD: 'a', DATE_PLACED: '01/04/2025' },
        { CHILD: 'a', DATE_PLACED: '11/05/2025' },
        { CHILD: 'b', DATE_PLACED: '10/05/2025' },
        { CHILD: 'c', DATE_PLACED: '10/05/2025' },
      ],
    });
    expect(flags).toEqual({ Episodes: [0], PlacedAdoption: [1] });
  });
  it('is not run without PlacedAdoption', () => {
    expect(runRule(rule, { Episodes: [] })).toBeUndefined();
  });
});
