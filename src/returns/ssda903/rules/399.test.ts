import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './399.ts';

describe('903 rule 399 (mother, review or participation for short breaks only)', () => {
  it('flags children whose only episodes are short breaks and who have those fields filled in', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', LS: 'V3' },
        { CHILD: 'A', LS: 'V4' },
        { CHILD: 'B', LS: 'V3' },
        { CHILD: 'B', LS: 'C2' },
        { CHILD: 'C', LS: 'V3' },
      ],
      Header: [
        { CHILD: 'A', MOTHER: '0' },
        { CHILD: 'B', MOTHER: '0' },
        { CHILD: 'C', MOTHER: null },
      ],
      Reviews: [
        { CHILD: 'A', REVIEW: null, REVIEW_CODE: null },
        { CHILD: 'B', REVIEW: '01/06/2025', REVIEW_CODE: 'PN1' },
        { CHILD: 'C', REVIEW: null, REVIEW_CODE: null },
      ],
    });
    expect(flags).toEqual({ Episodes: [0, 1], Header: [0], Reviews: [0] });
  });
  it('is not run without Reviews', () => {
    expect(
      runRule(versions[0]!, { Episodes: [{ CHILD: 'A', LS: 'V3' }], Header: [{ CHILD: 'A', MOTHER: '0' }] }),
    ).toBeUndefined();
  });
});
