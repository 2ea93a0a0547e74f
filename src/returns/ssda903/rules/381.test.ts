import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './381.ts';

describe('903 rule 381 (period of care ending with a temporary placement)', () => {
  it('flags temporary placements with a reason ceased other than X1', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { PLACE: 'T1', REC: 'E13' },
        { PLACE: 'T1', REC: 'X1' },
        { PLACE: 'T1', REC: null },
        { PLACE: 'U1', REC: 'E13' },
      ],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
