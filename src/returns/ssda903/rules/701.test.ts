import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './701.ts';

describe('903 rule 701 (DoLO end date)', () => {
  it('flags a malformed end date but not a missing one', () => {
    const flags = runRule(versions[0]!, {
      DoLo: [{ DOLO_END: '01/01/2020' }, { DOLO_END: null }, { DOLO_END: '2000/12/10' }],
    });
    expect(flags?.DoLo).toEqual([2]);
  });
  it('is not run without DoLo', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
