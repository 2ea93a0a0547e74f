import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './624.ts';

describe('903 rule 624 (MC_DOB differs from last year)', () => {
  const rule = versions[0]!;
  it('flags an MC_DOB that is changed or dropped since last year', () => {
    const flags = runRule(rule, {
      Header: [
        { CHILD: 'a', MC_DOB: '01/05/2024' },
        { CHILD: 'b', MC_DOB: '02/05/2024' },
        { CHILD: 'c', MC_DOB: null },
        { CHILD: 'd', MC_DOB: '01/05/2024' },
        { CHILD: 'e', MC_DOB: '01/05/2024' },
      ],
      Header_last: [
        { CHILD: 'a', MC_DOB: '01/05/2024' },
        { CHILD: 'b', MC_DOB: '01/05/2024' },
        { CHILD: 'c', MC_DOB: '01/05/2024' },
        { CHILD: 'd', MC_DOB: null },
      ],
    });
    expect(flags?.Header).toEqual([1, 2]);
  });
  it('is not run without last year’s Header', () => {
    expect(runRule(rule, { Header: [] })).toBeUndefined();
  });
});
