import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './378.ts';

describe('903 rule 378 (placed with parents under V2)', () => {
  it('flags P1 with legal status V2', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { PLACE: 'P1', LS: 'V2' },
        { PLACE: 'P1', LS: 'C2' },
        { PLACE: 'U1', LS: 'V2' },
      ],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
