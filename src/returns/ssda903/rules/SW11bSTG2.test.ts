import { describe, expect, it } from 'vitest';
import { dmy } from '../../common/dates.ts';
import { runRule } from '../testing.ts';
import { versions } from './SW11bSTG2.ts';

const rule = versions[0]!;

describe('903 rule SW11bSTG2 (social worker episode ended in the last days of March)', () => {
  it('flags an episode ending from 26 to 31 March with nothing after it', () => {
    const flags = runRule(
      rule,
      {
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '01/03/2000', SW_DEC: '26/03/2000' },
          { CHILD: '1', SW_DECOM: '27/03/2000', SW_DEC: null },
          { CHILD: '2', SW_DECOM: '01/03/2000', SW_DEC: '30/03/2000' },
          { CHILD: '3', SW_DECOM: '01/03/2000', SW_DEC: '26/03/2000' },
          { CHILD: '3', SW_DECOM: null, SW_DEC: null },
          { CHILD: '4', SW_DECOM: '01/03/2000', SW_DEC: '25/03/2000' },
          { CHILD: '4', SW_DECOM: '26/03/2000', SW_DEC: '27/03/2000' },
          { CHILD: '5', SW_DECOM: '01/03/2000', SW_DEC: '25/03/2000' },
        ],
      },
      { collectionEnd: dmy('31/03/2000') as number },
    );
    expect(flags?.SWEpisodes).toEqual([2, 4, 6]);
  });
  it('is not run without SWEpisodes', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
