import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './384.ts';

describe('903 rule 384 (short break in long-term fostering)', () => {
  it('flags V3/V4 episodes in U1 or U4', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { LS: 'V3', PLACE: 'U1' },
        { LS: 'V4', PLACE: 'U4' },
        { LS: 'V3', PLACE: 'U2' },
        { LS: 'C2', PLACE: 'U1' },
      ],
    });
    expect(flags?.Episodes).toEqual([0, 1]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
