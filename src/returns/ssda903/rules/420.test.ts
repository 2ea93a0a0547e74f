import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './420.ts';

describe('903 rule 420 (placement LA for a short break)', () => {
  it('flags V3/V4 episodes with a placement LA', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { LS: 'V3', PL_LA: 'E09000030' },
        { LS: 'V4', PL_LA: null },
        { LS: 'C2', PL_LA: 'E09000030' },
      ],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
