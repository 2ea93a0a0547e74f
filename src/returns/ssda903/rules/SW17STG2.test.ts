import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './SW17STG2.ts';

const rule = versions[0]!;

describe('903 rule SW17STG2 (no social worker episode open at 31 March)', () => {
  it("flags a child's latest episode when it has an end date", () => {
    const flags = runRule(rule, {
      SWEpisodes: [
        { CHILD: 'c1', SW_DECOM: '01/01/2001', SW_DEC: null },
        { CHILD: 'c2', SW_DECOM: '01/01/2000', SW_DEC: '01/01/2001' },
        { CHILD: 'c2', SW_DECOM: '02/01/2000', SW_DEC: '01/01/2001' },
        { CHILD: 'c1', SW_DECOM: '01/01/2000', SW_DEC: '01/01/2001' },
        { CHILD: 'c3', SW_DECOM: null, SW_DEC: null },
        { CHILD: 'c3', SW_DECOM: '01/01/2000', SW_DEC: '01/01/2001' },
      ],
    });
    expect(flags?.SWEpisodes).toEqual([2, 5]);
  });
  it('is not run without SWEpisodes', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
