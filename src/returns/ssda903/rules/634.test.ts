import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './634.ts';

const rule = versions[0]!;

describe('903 rule 634 (previous permanence for children in care before April 2016)', () => {
  it('flags details for a child whose latest episode started before 1 April 2016', () => {
    const flags = runRule(rule, {
      PrevPerm: [
        { CHILD: '101', PREV_PERM: 'Z1', LA_PERM: null, DATE_PERM: null },
        { CHILD: '102', PREV_PERM: null, LA_PERM: '352', DATE_PERM: null },
        { CHILD: '103', PREV_PERM: null, LA_PERM: null, DATE_PERM: '01/05/2000' },
        { CHILD: '104', PREV_PERM: null, LA_PERM: null, DATE_PERM: null },
        { CHILD: '105', PREV_PERM: 'P1', LA_PERM: null, DATE_PERM: null },
      ],
      Episodes: [
        { CHILD: '101', DECOM: '20/10/2011' },
        { CHILD: '102', DECOM: '19/11/2021' },
        { CHILD: '102', DECOM: '17/06/2001' },
        { CHILD: '103', DECOM: '04/04/2002' },
        { CHILD: '103', DECOM: '31/03/2016' },
        { CHILD: '104', DECOM: '01/01/2010' },
        { CHILD: '105', DECOM: '01/04/2016' },
      ],
    });
    expect(flags).toEqual({ Episodes: [0, 3, 4], PrevPerm: [0, 2] });
  });
  it('is not run without PrevPerm', () => {
    expect(runRule(rule, { Episodes: [] })).toBeUndefined();
  });
});
