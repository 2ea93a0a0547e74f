import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './574.ts';

describe('903 rule 574 (overlapping missing periods)', () => {
  const rule = versions[0]!;
  it('flags periods that start before the previous one ended or after an open one', () => {
    const flags = runRule(rule, {
      Missing: [
        { CHILD: 'a', MIS_START: '01/05/2025', MIS_END: '05/05/2025' },
        { CHILD: 'a', MIS_START: '05/05/2025', MIS_END: '06/05/2025' },
        { CHILD: 'a', MIS_START: '04/05/2025', MIS_END: '10/05/2025' },
        { CHILD: 'b', MIS_START: '01/05/2025', MIS_END: null },
        { CHILD: 'b', MIS_START: '03/05/2025', MIS_END: '04/05/2025' },
        { CHILD: 'c', MIS_START: '01/05/2025', MIS_END: '02/05/2025' },
      ],
    });
    expect(flags?.Missing).toEqual([2, 4]);
  });
  it('is not run without Missing', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
