import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './202.ts';

describe("903 rule 202 (sex differs from last year's)", () => {
  it('flags a child whose SEX changed, including to or from blank', () => {
    const flags = runRule(versions[0]!, {
      Header: [
        { CHILD: 'A', SEX: 'M' },
        { CHILD: 'B', SEX: 'F' },
        { CHILD: 'C', SEX: null },
        { CHILD: 'D', SEX: null },
        { CHILD: 'E', SEX: 'F' },
      ],
      Header_last: [
        { CHILD: 'A', SEX: 'M' },
        { CHILD: 'B', SEX: 'M' },
        { CHILD: 'C', SEX: 'F' },
        { CHILD: 'D', SEX: null },
      ],
    });
    expect(flags?.Header).toEqual([1, 2]);
  });
  it('is not run without last year', () => {
    expect(runRule(versions[0]!, { Header: [] })).toBeUndefined();
  });
});
