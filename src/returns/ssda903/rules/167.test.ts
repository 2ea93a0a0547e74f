import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './167.ts';

describe('903 rule 167 (review participation code)', () => {
  it('needs a PN code for a review, and no code without a review', () => {
    const flags = runRule(versions[0]!, {
      Reviews: [
        { REVIEW: '01/06/2025', REVIEW_CODE: 'PN1' },
        { REVIEW: '01/06/2025', REVIEW_CODE: 'PN8' },
        { REVIEW: '01/06/2025', REVIEW_CODE: null },
        { REVIEW: null, REVIEW_CODE: null },
        { REVIEW: null, REVIEW_CODE: 'PN1' },
      ],
    });
    expect(flags?.Reviews).toEqual([1, 2, 4]);
  });
});
