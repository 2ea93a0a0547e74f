import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './631.ts';

describe('903 rule 631 (previous permanence option code)', () => {
  it('flags unknown, lower-case and empty codes but not a missing one', () => {
    const flags = runRule(versions[0]!, {
      PrevPerm: [
        { PREV_PERM: 'P0' },
        { PREV_PERM: 'P4' },
        { PREV_PERM: 'z1' },
        { PREV_PERM: '' },
        { PREV_PERM: null },
      ],
    });
    expect(flags?.PrevPerm).toEqual([0, 2, 3]);
  });
  it('is not run without PrevPerm', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
