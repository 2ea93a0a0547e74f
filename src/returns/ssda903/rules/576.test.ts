import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './576.ts';

describe('903 rule 576 (last year’s open missing period not carried over)', () => {
  const rule = versions[0]!;
  it('flags the first period when it does not start when last year’s open one did', () => {
    const flags = runRule(rule, {
      Missing: [
        { CHILD: 'a', MIS_START: '20/03/2025' },
        { CHILD: 'a', MIS_START: '01/05/2025' },
        { CHILD: 'b', MIS_START: '01/05/2025' },
        { CHILD: 'c', MIS_START: '01/05/2025' },
      ],
      Missing_last: [
        { CHILD: 'a', MIS_START: '20/03/2025', MIS_END: null },
        { CHILD: 'b', MIS_START: '20/03/2025', MIS_END: null },
        { CHILD: 'c', MIS_START: '20/03/2025', MIS_END: '21/03/2025' },
      ],
    });
    expect(flags?.Missing).toEqual([2]);
  });
  it('is not run without last year’s Missing', () => {
    expect(runRule(rule, { Missing: [] })).toBeUndefined();
  });
});
