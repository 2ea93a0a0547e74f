import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './SW16bSTG2.ts';

const rule = versions[0]!;
const sw = (CHILD: string, SW_DECOM: string | null, SW_DEC: string | null) => ({
  CHILD,
  SW_ID: 'SW1',
  SW_DECOM,
  SW_DEC,
  SW_REASON: 'OTHERS',
});

describe("903 rule SW16bSTG2 (first SW_DECOM differs from last year's open episode)", () => {
  it("flags this year's first episode when last year's latest was open and started on another day", () => {
    const flags = runRule(rule, {
      SWEpisodes_last: [
        sw('c1', '01/06/2024', null),
        sw('c1', '01/01/2025', '02/01/2025'),
        sw('c2', '01/01/2025', null),
        sw('c3', '01/01/2025', null),
        sw('c4', '01/01/2025', null),
        sw('c5', '01/01/2025', null),
      ],
      SWEpisodes: [
        sw('c1', '05/01/2025', null),
        sw('c2', '1/1/2025', null),
        sw('c3', '01/02/2025', null),
        sw('c3', '02/01/2025', '31/01/2025'),
        sw('c4', '03/02/2025', null),
        sw('c4', '01/01/2025', '02/02/2025'),
        sw('c5', null, null),
      ],
    });
    expect(flags?.SWEpisodes).toEqual([3, 6]);
  });
  it('is not run without last year', () => {
    expect(runRule(rule, { SWEpisodes: [] })).toBeUndefined();
  });
});
