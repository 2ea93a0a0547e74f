import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './408.ts';

describe('903 rule 408 (placement for adoption without a placement order)', () => {
  it('flags A5/A6 placements without legal status E1', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { PLACE: 'A5', LS: 'E1' },
        { PLACE: 'A6', LS: 'C2' },
        { PLACE: 'A5', LS: null },
        { PLACE: 'A3', LS: 'C2' },
      ],
    });
    expect(flags?.Episodes).toEqual([1, 2]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
