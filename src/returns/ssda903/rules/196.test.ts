import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './196.ts';

describe('903 rule 196 (reason for no SDQ score)', () => {
  it('flags unknown and lower-case codes but not a blank cell', () => {
    const flags = runRule(versions[0]!, {
      OC2: [
        { SDQ_REASON: 'SDQ1' },
        { SDQ_REASON: 'SDQ5' },
        { SDQ_REASON: 'SDQ6' },
        { SDQ_REASON: 'sdq1' },
        { SDQ_REASON: null },
        { SDQ_REASON: '' },
      ],
    });
    expect(flags?.OC2).toEqual([2, 3, 5]);
  });
  it('is not run without the OC2 table', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
