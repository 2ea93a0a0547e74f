import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './SW14STG2.ts';

const rule = versions[0]!;

describe('903 rule SW14STG2 (social worker episode end date blank)', () => {
  it('flags a blank end date on any but the latest episode', () => {
    const flags = runRule(rule, {
      SWEpisodes: [
        { CHILD: '1', SW_DECOM: '01/01/2000', SW_DEC: '01/01/2000' },
        { CHILD: '1', SW_DECOM: '02/01/2000', SW_DEC: null },
        { CHILD: '2', SW_DECOM: '02/01/2000', SW_DEC: null },
        { CHILD: '2', SW_DECOM: '01/01/2000', SW_DEC: null },
        { CHILD: '3', SW_DECOM: '01/01/2000', SW_DEC: null },
      ],
    });
    expect(flags?.SWEpisodes).toEqual([3]);
  });
  it('is not run without SWEpisodes', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
