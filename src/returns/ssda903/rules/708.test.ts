import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './708.ts';

describe('903 rule 708 (DoLO before birth)', () => {
  it('flags a start on or before the date of birth', () => {
    const flags = runRule(versions[0]!, {
      DoLo: [
        { DOLO_START: '01/01/2000', DOB: '01/01/2000' },
        { DOLO_START: null, DOB: '01/01/2000' },
        { DOLO_START: '01/01/2000', DOB: null },
        { DOLO_START: '02/01/2000', DOB: '01/01/2000' },
        { DOLO_START: '01/01/1999', DOB: '01/01/2000' },
      ],
    });
    expect(flags?.DoLo).toEqual([0, 4]);
  });
  it('is not run without DoLo', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
