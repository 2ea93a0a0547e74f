import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './380.ts';

describe('903 rule 380 (period of care starting with a temporary placement)', () => {
  it('flags temporary placements unless the reason for new episode is P or B', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { PLACE: 'T1', RNE: 'S' },
        { PLACE: 'T2', RNE: 'P' },
        { PLACE: 'T3', RNE: 'B' },
        { PLACE: 'T4', RNE: 'L' },
        { PLACE: 'U1', RNE: 'S' },
      ],
    });
    expect(flags?.Episodes).toEqual([0, 3]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
