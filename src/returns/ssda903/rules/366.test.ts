import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './366.ts';

describe('903 rule 366 (placement change during a short break)', () => {
  it('flags V3 episodes that do not start a period of care', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { LS: 'V3', RNE: 'S' },
        { LS: 'V3', RNE: 'P' },
        { LS: 'V3', RNE: null },
        { LS: 'C2', RNE: 'P' },
      ],
    });
    expect(flags?.Episodes).toEqual([1, 2]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
