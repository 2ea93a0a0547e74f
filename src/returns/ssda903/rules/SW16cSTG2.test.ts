import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './SW16cSTG2.ts';

const rule = versions[0]!;

describe("903 rule SW16cSTG2 (first SW_REASON differs from last year's open episode)", () => {
  it("flags this year's first episode when last year's latest was open and differs", () => {
    const base = { SW_ID: 'SW1', SW_DECOM: '01/01/2025', SW_REASON: 'OTHERS' };
    const flags = runRule(rule, {
      SWEpisodes_last: [
        { ...base, CHILD: 'c1', SW_DECOM: '01/06/2024', SW_DEC: null },
        { ...base, CHILD: 'c1', SW_DEC: '02/01/2025' },
        { ...base, CHILD: 'c2', SW_DEC: null },
        { ...base, CHILD: 'c3', SW_DEC: null },
        { ...base, CHILD: 'c4', SW_DEC: null },
      ],
      SWEpisodes: [
        { ...base, CHILD: 'c1', SW_REASON: 'FCONTA', SW_DECOM: '05/01/2025', SW_DEC: null },
        { ...base, CHILD: 'c2', SW_REASON: 'OTHERS', SW_DEC: null },
        { ...base, CHILD: 'c3', SW_REASON: 'FCONTA', SW_DEC: null },
        { ...base, CHILD: 'c3', SW_REASON: 'FCONTA', SW_DECOM: '01/02/2025', SW_DEC: null },
        { ...base, CHILD: 'c4', SW_REASON: 'OTHERS', SW_DECOM: '02/02/2025', SW_DEC: null },
        { ...base, CHILD: 'c4', SW_REASON: 'FCONTA', SW_DECOM: '03/02/2025', SW_DEC: null },
      ],
    });
    expect(flags?.SWEpisodes).toEqual([2]);
  });
  it('is not run without last year', () => {
    expect(runRule(rule, { SWEpisodes: [] })).toBeUndefined();
  });
});
