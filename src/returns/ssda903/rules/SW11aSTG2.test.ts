import { describe, expect, it } from 'vitest';
import { dmy } from '../../common/dates.ts';
import { runRule } from '../testing.ts';
import { versions } from './SW11aSTG2.ts';

const rule = versions[0]!;

describe('903 rule SW11aSTG2 (gap after a social worker episode ended before 31 March)', () => {
  it('flags the next episode when it has no start or starts more than 5 days from the end', () => {
    const flags = runRule(
      rule,
      {
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '01/03/2000', SW_DEC: '25/03/2000' },
          { CHILD: '1', SW_DECOM: null, SW_DEC: null },
          { CHILD: '2', SW_DECOM: '01/03/2000', SW_DEC: '20/03/2000' },
          { CHILD: '2', SW_DECOM: '26/03/2000', SW_DEC: null },
          { CHILD: '3', SW_DECOM: '01/03/2000', SW_DEC: '20/03/2000' },
          { CHILD: '3', SW_DECOM: '25/03/2000', SW_DEC: null },
          { CHILD: '4', SW_DECOM: '01/03/2000', SW_DEC: '27/03/2000' },
          { CHILD: '4', SW_DECOM: '30/03/2000', SW_DEC: null },
        ],
      },
      { collectionEnd: dmy('31/03/2000') as number },
    );
    expect(flags?.SWEpisodes).toEqual([1, 3]);
  });
  it('is not run without SWEpisodes', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
