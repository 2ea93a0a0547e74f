import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './635.ts';

describe('903 rule 635 (permanence details without a permanence option)', () => {
  it('flags LA or date given with no PREV_PERM', () => {
    const flags = runRule(versions[0]!, {
      PrevPerm: [
        { PREV_PERM: 'Z1', LA_PERM: null, DATE_PERM: null },
        { PREV_PERM: null, LA_PERM: '352', DATE_PERM: null },
        { PREV_PERM: null, LA_PERM: null, DATE_PERM: '01/05/2000' },
        { PREV_PERM: null, LA_PERM: null, DATE_PERM: null },
        { PREV_PERM: 'P1', LA_PERM: '352', DATE_PERM: '05/05/2020' },
      ],
    });
    expect(flags?.PrevPerm).toEqual([1, 2]);
  });
  it('is not run without PrevPerm', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
