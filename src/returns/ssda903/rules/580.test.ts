import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './580.ts';

describe('903 rule 580 (missing at 18 when care ended, REC not E8)', () => {
  const rule = versions[0]!;
  it('flags an episode ending on the 18th birthday while missing, unless REC is E8', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: 'a', DEC: '10/06/2025', REC: 'E4A' },
        { CHILD: 'b', DEC: '10/06/2025', REC: 'E8' },
        { CHILD: 'c', DEC: '10/06/2025', REC: 'E4A' },
      ],
      Missing: [
        { CHILD: 'a', DOB: '10/06/2007', MIS_END: '10/06/2025' },
        { CHILD: 'b', DOB: '10/06/2007', MIS_END: '10/06/2025' },
        { CHILD: 'c', DOB: '11/06/2007', MIS_END: '10/06/2025' },
      ],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run without Missing', () => {
    expect(runRule(rule, { Episodes: [] })).toBeUndefined();
  });
});
