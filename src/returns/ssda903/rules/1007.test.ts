import { describe, expect, it } from 'vitest';
import { dmy } from '../../common/dates.ts';
import { runRule } from '../testing.ts';
import { versions } from './1007.ts';

const rule = versions[0]!;

describe('903 rule 1007 (care leaver data for 17/18-year-olds still looked after)', () => {
  it('flags a 17 or 18-year-old in care on their latest birthday', () => {
    const flags = runRule(
      rule,
      {
        Episodes: [
          { CHILD: 'F', DECOM: '01/02/2015', DEC: '01/03/2017' },
          { CHILD: 'G', DECOM: '01/09/2015', DEC: '01/09/2016' },
          { CHILD: 'H', DECOM: '01/02/2015', DEC: '01/02/2017' },
          { CHILD: 'I', DECOM: '01/09/2015', DEC: '01/09/2017' },
          { CHILD: 'J', DECOM: '01/02/2015', DEC: null },
          { CHILD: 'K', DECOM: '01/02/2015', DEC: null },
        ],
        OC3: [
          { CHILD: 'F', DOB: '01/02/2000', IN_TOUCH: 'YES', ACTIV: null, ACCOM: null },
          { CHILD: 'G', DOB: '01/09/1999', IN_TOUCH: 'YES', ACTIV: null, ACCOM: null },
          { CHILD: 'H', DOB: '01/02/2000', IN_TOUCH: 'YES', ACTIV: null, ACCOM: null },
          { CHILD: 'I', DOB: '01/09/1999', IN_TOUCH: null, ACTIV: null, ACCOM: null },
          { CHILD: 'J', DOB: '01/02/1998', IN_TOUCH: null, ACTIV: 'F1', ACCOM: null },
          { CHILD: 'K', DOB: '31/03/1999', IN_TOUCH: 'YES', ACTIV: null, ACCOM: null },
        ],
      },
      { collectionEnd: dmy('31/03/2017') as number },
    );
    // F: in care on 17th birthday; G: left before; H: left on the birthday; I: no OC3 data;
    // J: 19 at 31 March; K: 18 on 31 March itself, still in care.
    expect(flags?.OC3).toEqual([0, 5]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, { OC3: [] })).toBeUndefined();
  });
});
