import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './1004.ts';

describe('903 rule 1004 (missing episode start date)', () => {
  it('flags a missing or invalid start date', () => {
    const flags = runRule(versions[0]!, {
      Missing: [
        { MIS_START: '08/03/2020' },
        { MIS_START: null },
        { MIS_START: '10/24/2021' },
        { MIS_START: '1/2/2021' },
      ],
    });
    expect(flags?.Missing).toEqual([1, 2]);
  });
  it('is not run without Missing', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
