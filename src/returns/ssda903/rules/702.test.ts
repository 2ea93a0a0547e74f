import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './702.ts';

describe('903 rule 702 (DoLO ends before it starts)', () => {
  it('flags an end on or before the start', () => {
    const flags = runRule(versions[0]!, {
      DoLo: [
        { DOLO_START: '01/01/2000', DOLO_END: '01/01/2000' },
        { DOLO_START: '01/01/2000', DOLO_END: null },
        { DOLO_START: null, DOLO_END: '01/01/2000' },
        { DOLO_START: '02/01/2000', DOLO_END: '01/01/2000' },
        { DOLO_START: '01/01/2000', DOLO_END: '02/01/2000' },
      ],
    });
    expect(flags?.DoLo).toEqual([0, 3]);
  });
  it('is not run without DoLo', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
