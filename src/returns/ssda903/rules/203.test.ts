import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './203.ts';

describe("903 rule 203 (date of birth differs from last year's)", () => {
  it('compares dates, not text', () => {
    const flags = runRule(versions[0]!, {
      Header: [
        { CHILD: 'A', DOB: '01/02/2015' },
        { CHILD: 'B', DOB: '1/2/2015' },
        { CHILD: 'C', DOB: '02/02/2015' },
        { CHILD: 'D', DOB: null },
        { CHILD: 'E', DOB: '31/02/2015' },
      ],
      Header_last: [
        { CHILD: 'A', DOB: '01/02/2015' },
        { CHILD: 'B', DOB: '01/02/2015' },
        { CHILD: 'C', DOB: '01/02/2015' },
        { CHILD: 'D', DOB: '01/02/2015' },
        { CHILD: 'E', DOB: null },
      ],
    });
    expect(flags?.Header).toEqual([2, 3]);
  });
});
