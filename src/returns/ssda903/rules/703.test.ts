import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './703.ts';

describe('903 rule 703 (DoLO starts after 31 March)', () => {
  it('flags a start after the collection end, not one on 31 March', () => {
    const flags = runRule(versions[0]!, {
      DoLo: [{ DOLO_START: '31/03/2026' }, { DOLO_START: '01/04/2026' }, { DOLO_START: null }],
    });
    expect(flags?.DoLo).toEqual([1]);
  });
  it('is not run without DoLo', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
