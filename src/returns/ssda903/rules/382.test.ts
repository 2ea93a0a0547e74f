import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './382.ts';

describe('903 rule 382 (short break in a temporary placement)', () => {
  it('flags V3/V4 episodes in T0-T4', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { LS: 'V3', PLACE: 'T0' },
        { LS: 'V4', PLACE: 'T4' },
        { LS: 'V3', PLACE: 'U1' },
        { LS: 'C2', PLACE: 'T1' },
      ],
    });
    expect(flags?.Episodes).toEqual([0, 1]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
