import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './633.ts';

describe('903 rule 633 (LA where previous permanence was arranged)', () => {
  it('flags codes that are not a council or outside-England code', () => {
    const flags = runRule(versions[0]!, {
      PrevPerm: [
        { LA_PERM: null },
        { LA_PERM: 'SCO' },
        { LA_PERM: '204' },
        { LA_PERM: '458' },
        { LA_PERM: 'sco' },
      ],
    });
    expect(flags?.PrevPerm).toEqual([3, 4]);
  });
  it('is not run without PrevPerm', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
