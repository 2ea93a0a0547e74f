import { describe, expect, it } from 'vitest';
import { dmy } from '../../common/dates.ts';
import { runRule } from '../testing.ts';
import { versions } from './625.ts';

const rule = versions[0]!;

describe('903 rule 625 (first child born after 31 March or after care ended)', () => {
  it('flags a birth after the collection end or after the latest episode ended', () => {
    const flags = runRule(
      rule,
      {
        Header: [
          { CHILD: '101', MC_DOB: '01/11/2021' },
          { CHILD: '102', MC_DOB: '19/12/2016' },
          { CHILD: '103', MC_DOB: null },
          { CHILD: '104', MC_DOB: '31/03/2021' },
        ],
        Episodes: [
          { CHILD: '101', DEC: '02/12/2021' },
          { CHILD: '101', DEC: '11/11/2012' },
          { CHILD: '102', DEC: '03/10/2014' },
          { CHILD: '102', DEC: '11/11/2015' },
          { CHILD: '103', DEC: '01/01/2020' },
          { CHILD: '104', DEC: '31/03/2021' },
        ],
      },
      { collectionEnd: dmy('31/03/2021') as number },
    );
    expect(flags).toEqual({ Header: [0, 1], Episodes: [0, 3] });
  });
  it('compares with the episode that started last, so a later open episode means still in care', () => {
    const flags = runRule(rule, {
      Header: [{ CHILD: '1', MC_DOB: '01/06/2025' }],
      Episodes: [
        { CHILD: '1', DECOM: '01/01/2020', DEC: '01/02/2020' },
        { CHILD: '1', DECOM: '01/03/2025', DEC: null },
      ],
    });
    expect(flags?.Header).toEqual([]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, { Header: [] })).toBeUndefined();
  });
});
