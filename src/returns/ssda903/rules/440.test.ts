import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './440.ts';

describe('903 rule 440 (PN0 at 4 or over)', () => {
  it('flags PN0 for a review on or after the 4th birthday', () => {
    const flags = runRule(versions[0]!, {
      Reviews: [
        { DOB: '15/06/2021', REVIEW: '14/06/2025', REVIEW_CODE: 'PN0' },
        { DOB: '15/06/2021', REVIEW: '15/06/2025', REVIEW_CODE: 'PN0' },
        { DOB: '15/06/2021', REVIEW: '15/06/2025', REVIEW_CODE: 'PN1' },
        { DOB: '15/06/2021', REVIEW: null, REVIEW_CODE: 'PN0' },
      ],
    });
    expect(flags?.Reviews).toEqual([1]);
  });
  it('is not run without Reviews', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
