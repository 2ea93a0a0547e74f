import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './441.ts';

describe('903 rule 441 (PN1-PN7 under 4)', () => {
  it('flags PN1-PN7 for a review before the 4th birthday', () => {
    const flags = runRule(versions[0]!, {
      Reviews: [
        { DOB: '15/06/2021', REVIEW: '14/06/2025', REVIEW_CODE: 'PN1' },
        { DOB: '15/06/2021', REVIEW: '15/06/2025', REVIEW_CODE: 'PN7' },
        { DOB: '15/06/2021', REVIEW: '14/06/2025', REVIEW_CODE: 'PN0' },
      ],
    });
    expect(flags?.Reviews).toEqual([0]);
  });
  it('is not run without Reviews', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
