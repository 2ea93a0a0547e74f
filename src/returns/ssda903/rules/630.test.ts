import { describe, expect, it } from 'vitest';
import { dmy } from '../../common/dates.ts';
import { runRule } from '../testing.ts';
import { versions } from './630.ts';

const rule = versions[0]!;

describe('903 rule 630 (previous permanence for children starting care)', () => {
  it('flags new starters with a missing or incomplete PrevPerm record', () => {
    const flags = runRule(
      rule,
      {
        Episodes: [
          { CHILD: '0', DECOM: '01/04/2021', RNE: 'T' },
          { CHILD: '1', DECOM: '01/04/2021', RNE: 'S' },
          { CHILD: '2', DECOM: '01/04/2021', RNE: 'S' },
          { CHILD: '4', DECOM: '31/03/2021', RNE: 'S' },
          { CHILD: '5', DECOM: '01/04/2021', RNE: 'S' },
          { CHILD: '7', DECOM: '01/04/2021', RNE: 'S' },
          { CHILD: '8', DECOM: '01/04/2021', RNE: 'S' },
        ],
        PrevPerm: [
          { CHILD: '2', PREV_PERM: 'Z1', LA_PERM: null, DATE_PERM: null },
          { CHILD: '4', PREV_PERM: 'P1', LA_PERM: '352', DATE_PERM: null },
          { CHILD: '5', PREV_PERM: 'P1', LA_PERM: null, DATE_PERM: '01/05/2000' },
          { CHILD: '7', PREV_PERM: null, LA_PERM: null, DATE_PERM: null },
          { CHILD: '8', PREV_PERM: 'P1', LA_PERM: '352', DATE_PERM: '05/05/2020' },
        ],
      },
      { collectionStart: dmy('01/04/2021') as number },
    );
    expect(flags?.Episodes).toEqual([1, 4, 5]);
  });
  it('is not run without PrevPerm', () => {
    expect(runRule(rule, { Episodes: [] })).toBeUndefined();
  });
});
