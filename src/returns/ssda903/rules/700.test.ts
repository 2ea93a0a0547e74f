import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './700.ts';

describe('903 rule 700 (DoLO start date)', () => {
  it('flags a missing or malformed start date', () => {
    const flags = runRule(versions[0]!, {
      DoLo: [
        { DOLO_START: '01/01/2020' },
        { DOLO_START: null },
        { DOLO_START: '2000/12/10' },
        { DOLO_START: '31/02/2020' },
      ],
    });
    expect(flags?.DoLo).toEqual([1, 2, 3]);
  });
  it('is not run without DoLo', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
