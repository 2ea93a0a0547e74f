import { describe, expect, it } from 'vitest';
import { dmy } from '../../common/dates.ts';
import { runRule } from '../testing.ts';
import { versions } from './NoE.ts';

const rule = versions[0]!;

describe('903 rule NoE (no episodes last year for an earlier start)', () => {
  it('flags episodes starting before 1 April for children missing from last year', () => {
    const flags = runRule(
      rule,
      {
        Episodes: [
          { CHILD: '101', DECOM: '14/03/2021' },
          { CHILD: '102', DECOM: '01/04/2021' },
          { CHILD: '103', DECOM: '31/03/2021' },
        ],
        Episodes_last: [{ CHILD: '101', DECOM: '14/03/2021' }],
      },
      { collectionStart: dmy('01/04/2021') as number },
    );
    expect(flags?.Episodes).toEqual([2]);
  });
  it('is not run without last year', () => {
    expect(runRule(rule, { Episodes: [] })).toBeUndefined();
  });
});
