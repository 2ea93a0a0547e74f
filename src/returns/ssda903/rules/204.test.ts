import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './204.ts';

describe("903 rule 204 (ethnicity differs from last year's)", () => {
  it('flags a changed ethnicity, ignoring case', () => {
    const flags = runRule(versions[0]!, {
      Header: [
        { CHILD: 'A', ETHNIC: 'WBRI' },
        { CHILD: 'B', ETHNIC: 'wbri' },
        { CHILD: 'C', ETHNIC: 'NOBT' },
        { CHILD: 'D', ETHNIC: 'WBRI' },
      ],
      Header_last: [
        { CHILD: 'A', ETHNIC: 'WBRI' },
        { CHILD: 'B', ETHNIC: 'WBRI' },
        { CHILD: 'C', ETHNIC: 'WBRI' },
      ],
    });
    expect(flags?.Header).toEqual([2]);
  });
});
