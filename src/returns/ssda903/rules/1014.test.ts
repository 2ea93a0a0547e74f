import { describe, expect, it } from 'vitest';
import { dmy } from '../../common/dates.ts';
import { runRule } from '../testing.ts';
import { versions } from './1014.ts';

const rule = versions[0]!;

describe('903 rule 1014 (UASC data for care leavers)', () => {
  it('flags UASC and OC3 rows of children with no episode during the year', () => {
    const flags = runRule(
      rule,
      {
        UASC: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '3' }, { CHILD: '4' }, { CHILD: '5' }],
        Episodes: [
          { CHILD: '1', DECOM: '01/01/2020', DEC: '31/03/2020' },
          { CHILD: '2', DECOM: '01/01/2020', DEC: '01/04/2020' },
          { CHILD: '3', DECOM: '01/01/2020', DEC: '31/03/2020' },
          { CHILD: '4', DECOM: '01/04/2021', DEC: null },
          { CHILD: '5', DECOM: '31/03/2021', DEC: null },
        ],
        OC3: [
          { CHILD: '1', IN_TOUCH: 'YES', ACTIV: null, ACCOM: null },
          { CHILD: '2', IN_TOUCH: 'YES', ACTIV: null, ACCOM: null },
          { CHILD: '3', IN_TOUCH: null, ACTIV: null, ACCOM: null },
          { CHILD: '4', IN_TOUCH: null, ACTIV: 'F1', ACCOM: null },
          { CHILD: '5', IN_TOUCH: 'YES', ACTIV: null, ACCOM: null },
        ],
      },
      { collectionStart: dmy('01/04/2020') as number, collectionEnd: dmy('31/03/2021') as number },
    );
    expect(flags).toEqual({ UASC: [0, 3], OC3: [0, 3] });
  });
  it('is not run without UASC', () => {
    expect(runRule(rule, { Episodes: [], OC3: [] })).toBeUndefined();
  });
});
