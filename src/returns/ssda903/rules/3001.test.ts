import { describe, expect, it } from 'vitest';
import { dmy } from '../../common/dates.ts';
import { runRule } from '../testing.ts';
import { versions } from './3001.ts';

const rule = versions[0]!;

describe('903 rule 3001 (17-year-old care leaver with former foster carers)', () => {
  it('flags Z1/Z2 accommodation when the 17th birthday is in the year', () => {
    const flags = runRule(
      rule,
      {
        OC3: [
          { CHILD: '101', ACCOM: 'Z1' },
          { CHILD: '102', ACCOM: 'Z2' },
          { CHILD: '101', ACCOM: 'T1' },
          { CHILD: '103', ACCOM: 'Z1' },
          { CHILD: '104', ACCOM: 'Z1' },
          { CHILD: '105', ACCOM: 'Z1' },
        ],
        Header: [
          { CHILD: '101', DOB: '01/04/2003' },
          { CHILD: '102', DOB: '31/03/2004' },
          { CHILD: '103', DOB: '31/03/2003' },
          { CHILD: '104', DOB: '01/04/2004' },
        ],
      },
      { collectionStart: dmy('01/04/2020') as number, collectionEnd: dmy('31/03/2021') as number },
    );
    expect(flags?.OC3).toEqual([0, 1]);
  });
  it('is not run without Header', () => {
    expect(runRule(rule, { OC3: [] })).toBeUndefined();
  });
});
