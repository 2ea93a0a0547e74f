import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './SW08STG2.ts';

const rule = versions[0]!;

describe('903 rule SW08STG2 (earlier social worker episode not ended)', () => {
  it('flags an open episode followed by a later one', () => {
    const flags = runRule(rule, {
      SWEpisodes: [
        { CHILD: '1', SW_DECOM: '07/06/2020', SW_DEC: '08/06/2020' },
        { CHILD: '1', SW_DECOM: '06/06/2020', SW_DEC: null },
        { CHILD: '2', SW_DECOM: '08/06/2020', SW_DEC: '09/06/2020' },
        { CHILD: '2', SW_DECOM: '15/06/2020', SW_DEC: null },
        { CHILD: '3', SW_DECOM: '31/06/2020', SW_DEC: null },
        { CHILD: '3', SW_DECOM: '01/06/2020', SW_DEC: null },
        { CHILD: null, SW_DECOM: '01/06/2020', SW_DEC: null },
      ],
    });
    expect(flags?.SWEpisodes).toEqual([1]);
  });
  it('is not run without SWEpisodes', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
