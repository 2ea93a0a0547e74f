import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './207.ts';

describe("903 rule 207 (mother status differs from last year's)", () => {
  it('flags a child with episodes who was a mother last year but is not recorded as one now', () => {
    const flags = runRule(versions[0]!, {
      Header: [
        { CHILD: 'A', MOTHER: '1' },
        { CHILD: 'B', MOTHER: '0' },
        { CHILD: 'C', MOTHER: null },
        { CHILD: 'D', MOTHER: '0' },
        { CHILD: 'E', MOTHER: '1' },
      ],
      Header_last: [
        { CHILD: 'A', MOTHER: '1' },
        { CHILD: 'B', MOTHER: '1' },
        { CHILD: 'C', MOTHER: '1' },
        { CHILD: 'D', MOTHER: '1' },
        { CHILD: 'E', MOTHER: '0' },
      ],
      Episodes: [{ CHILD: 'A' }, { CHILD: 'B' }, { CHILD: 'C' }, { CHILD: 'E' }],
    });
    expect(flags?.Header).toEqual([1, 2]);
  });
});
