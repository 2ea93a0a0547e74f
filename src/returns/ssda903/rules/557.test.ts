import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './557.ts';

const byYear = (definedIn: string) => versions.find((v) => v.definedIn === definedIn)!;

describe('903 rule 557 (left care unadopted without the decision ceasing)', () => {
  const input = {
    Episodes: [
      { CHILD: 'a', PLACE: 'A4', LS: 'E1', REC: 'E4A' },
      { CHILD: 'b', PLACE: 'A4', LS: 'E1', REC: 'E4A' },
      { CHILD: 'c', PLACE: 'A4', LS: 'E1', REC: 'E11' },
      { CHILD: 'd', PLACE: 'U1', LS: 'D1', REC: 'E4A' },
      { CHILD: 'e', PLACE: 'U1', LS: 'C2', REC: 'E4A' },
    ],
    PlacedAdoption: [
      { CHILD: 'a', DATE_PLACED_CEASED: '01/06/2025', REASON_PLACED_CEASED: 'RD1' },
      { CHILD: 'b', DATE_PLACED_CEASED: '01/06/2025', REASON_PLACED_CEASED: null },
      { CHILD: 'c', DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: null },
      { CHILD: 'd', DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: null },
    ],
  };
  it('counts freeing orders (D1) up to 2023/24', () => {
    expect(runRule(byYear('lac2022_23'), input)).toEqual({ Episodes: [1, 3], PlacedAdoption: [1, 3] });
  });
  it('counts only placement orders (E1) from 2024/25', () => {
    expect(runRule(byYear('lac2024_25'), input)).toEqual({ Episodes: [1], PlacedAdoption: [1] });
  });
  it('flags an episode whose child has no PlacedAdoption record', () => {
    const flags = runRule(byYear('lac2024_25'), {
      Episodes: [{ CHILD: 'x', PLACE: 'A5', LS: 'C2', REC: 'E13' }],
      PlacedAdoption: [],
    });
    expect(flags).toEqual({ Episodes: [0], PlacedAdoption: [] });
  });
  it('is not run without PlacedAdoption', () => {
    expect(runRule(byYear('lac2024_25'), { Episodes: [] })).toBeUndefined();
  });
});
