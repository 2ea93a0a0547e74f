import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './632.ts';

const rule = versions[0]!;

describe('903 rule 632 (date of previous permanence order)', () => {
  it('flags invalid dates and dates on or after the first episode started', () => {
    const flags = runRule(rule, {
      PrevPerm: [
        { CHILD: '1', DATE_PERM: 'xx/10/2011' },
        { CHILD: '2', DATE_PERM: '17/06/2001' },
        { CHILD: '3', DATE_PERM: '16/06/2001' },
        { CHILD: '4', DATE_PERM: 'ZZ/06/2021' },
        { CHILD: '5', DATE_PERM: 'ZZ/05/2021' },
        { CHILD: '6', DATE_PERM: null },
        { CHILD: '7', DATE_PERM: 'ZZ/ZZ/ZZ' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '20/10/2011' },
        { CHILD: '2', DECOM: '19/11/2021' },
        { CHILD: '2', DECOM: '17/06/2001' },
        { CHILD: '3', DECOM: '17/06/2001' },
        { CHILD: '4', DECOM: '30/06/2021' },
        { CHILD: '5', DECOM: '01/06/2021' },
        { CHILD: '6', DECOM: '01/06/2021' },
        { CHILD: '7', DECOM: '01/06/2021' },
      ],
    });
    expect(flags).toEqual({ Episodes: [0, 2, 4, 7], PrevPerm: [0, 1, 3, 6] });
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, { PrevPerm: [] })).toBeUndefined();
  });
});
