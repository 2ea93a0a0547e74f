import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './1005.ts';

describe('903 rule 1005 (missing episode end date)', () => {
  it('flags an invalid end date but not a blank one', () => {
    const flags = runRule(versions[0]!, {
      Missing: [
        { MIS_END: '08/03/2020' },
        { MIS_END: null },
        { MIS_END: '13/10/21' },
        { MIS_END: '29/02/2021' },
      ],
    });
    expect(flags?.Missing).toEqual([2, 3]);
  });
  it('is not run without Missing', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
