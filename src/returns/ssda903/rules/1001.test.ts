import { describe, expect, it } from 'vitest';
import { dmy } from '../../common/dates.ts';
import { runRule } from '../testing.ts';
import { versions } from './1001.ts';

const rule = versions[0]!;
const meta = { collectionEnd: dmy('31/03/2018') as number };
const header = (child: string, dob = '01/01/2000') => ({ CHILD: child, DOB: dob });
const ep = (child: string, decom: string, dec: string | null, ls = 'C2', rec = 'X1') => ({
  CHILD: child,
  DECOM: decom,
  DEC: dec,
  LS: ls,
  REC: rec,
});

describe('903 rule 1001 (care leaver who is not a relevant child)', () => {
  it('needs 91 days in care after the 14th birthday, some after the 16th, and no adoption', () => {
    const flags = runRule(
      rule,
      {
        Header: ['1', '2', '3', '4', '5'].map((c) => header(c)).concat([header('6', '01/01/1997')]),
        Episodes: [
          ep('1', '01/01/2014', '01/03/2014'),
          ep('1', '01/06/2015', '01/03/2016'),
          ep('2', '01/01/2015', '01/04/2015'),
          ep('2', '01/01/2016', null, 'V3'),
          ep('3', '01/12/2015', '01/03/2016', 'C2', 'E11'),
          ep('4', '01/01/2018', null),
          ep('6', '01/01/2015', '02/01/2015'),
        ],
        Episodes_last: [ep('1', '01/01/2014', null), ep('4', '01/01/2010', '31/12/2013')],
        OC3: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '3' }, { CHILD: '4' }, { CHILD: '5' }, { CHILD: '6' }],
      },
      meta,
    );
    // 1 qualifies; 2 has nothing after 16 (the V3 episode does not count); 3 was adopted;
    // 4 has 89 days after 14 (open episode counted to 31 March); 5 has no episodes; 6 is 21 and not checked.
    expect(flags?.OC3).toEqual([1, 2, 3, 4]);
  });
  it('is not run without last year’s episodes', () => {
    expect(runRule(rule, { Header: [], Episodes: [], OC3: [] })).toBeUndefined();
  });
});
