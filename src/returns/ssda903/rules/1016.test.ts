import { describe, expect, it } from 'vitest';
import { dmy } from '../../common/dates.ts';
import { runRule } from '../testing.ts';
import { versions } from './1016.ts';

const rule = versions[0]!;
const oc3 = (CHILD: string, DOB: string, given = true) => ({
  CHILD,
  DOB,
  IN_TOUCH: given ? 'YES' : null,
  ACTIV: null,
  ACCOM: null,
});

describe('903 rule 1016 (care leaver data for 17/18-year-olds who left care after their birthday)', () => {
  it('flags care ending on or after the latest 17th or 18th birthday', () => {
    const flags = runRule(
      rule,
      {
        Episodes: [
          { CHILD: 'a', DEC: '31/03/2020' },
          { CHILD: 'b', DEC: '30/03/2020' },
          { CHILD: 'c', DEC: '31/03/2020' },
          { CHILD: 'd', DEC: '31/03/2020' },
          { CHILD: 'e', DEC: '31/03/2020' },
          { CHILD: 'f', DEC: null },
        ],
        OC3: [
          oc3('a', '31/03/2002'),
          oc3('b', '31/03/2002'),
          oc3('c', '31/03/2003', false),
          oc3('d', '31/03/2003'),
          oc3('e', '31/03/2004'),
          oc3('f', '31/03/2003'),
        ],
      },
      { collectionEnd: dmy('31/03/2020') as number },
    );
    expect(flags?.OC3).toEqual([0, 3]);
  });
  it('is not run without OC3', () => {
    expect(runRule(rule, { Episodes: [] })).toBeUndefined();
  });
});
