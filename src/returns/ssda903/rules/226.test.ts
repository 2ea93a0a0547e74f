import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './226.ts';

const v = (definedIn: string) => versions.find((x) => x.definedIn === definedIn)!;

describe('903 rule 226 (reason for placement change not required)', () => {
  for (const definedIn of ['lac2022_23', 'lac2025_26']) {
    it(`flags a temporary placement with a reason, or after an episode with one (${definedIn})`, () => {
      const flags = runRule(v(definedIn), {
        Episodes: [
          { CHILD: 'A', DECOM: '01/05/2025', PLACE: 'U1', REASON_PLACE_CHANGE: 'CARPL' },
          { CHILD: 'A', DECOM: '01/06/2025', PLACE: 'T1', REASON_PLACE_CHANGE: null },
          { CHILD: 'B', DECOM: '01/05/2025', PLACE: 'T3', REASON_PLACE_CHANGE: 'OTHER' },
          { CHILD: 'C', DECOM: '01/05/2025', PLACE: 'U1', REASON_PLACE_CHANGE: null },
          { CHILD: 'C', DECOM: '01/06/2025', PLACE: 'T2', REASON_PLACE_CHANGE: null },
          { CHILD: 'C', DECOM: '01/07/2025', PLACE: 'U1', REASON_PLACE_CHANGE: 'CARPL' },
        ],
      });
      expect(flags?.Episodes).toEqual([1, 2]);
    });
  }
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
