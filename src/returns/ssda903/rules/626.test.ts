import { describe, expect, it } from 'vitest';
import { dmy } from '../../common/dates.ts';
import { runRule } from '../testing.ts';
import { versions } from './626.ts';

const rule = versions[0]!;

describe('903 rule 626 (new mother with a first child born before this year)', () => {
  it('flags a birth before 1 April when last year said not a mother', () => {
    const flags = runRule(
      rule,
      {
        Header: [
          { CHILD: '1', MOTHER: '1', MC_DOB: null },
          { CHILD: '2', MOTHER: '1', MC_DOB: '31/03/2020' },
          { CHILD: '3', MOTHER: '1.0', MC_DOB: '01/04/2020' },
          { CHILD: '4', MOTHER: '1', MC_DOB: '04/01/2020' },
          { CHILD: '5', MOTHER: '1', MC_DOB: '04/01/2020' },
        ],
        Header_last: [
          { CHILD: '1', MOTHER: '0' },
          { CHILD: '2', MOTHER: '0' },
          { CHILD: '3', MOTHER: '0' },
          { CHILD: '4', MOTHER: '1' },
        ],
      },
      { collectionStart: dmy('01/04/2020') as number },
    );
    expect(flags?.Header).toEqual([1]);
  });
  it('is not run without last year', () => {
    expect(runRule(rule, { Header: [] })).toBeUndefined();
  });
});
