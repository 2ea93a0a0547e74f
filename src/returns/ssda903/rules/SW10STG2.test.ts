import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './SW10STG2.ts';

const [v2023, v2024] = versions;
const SWEpisodes = [
  { CHILD: '1', SW_DECOM: '01/01/2000', SW_DEC: '09/01/2000', SW_REASON: 'OTHERS' },
  { CHILD: '1', SW_DECOM: '02/01/2000', SW_DEC: '03/01/2000', SW_REASON: 'OTHERS' },
  { CHILD: '2', SW_DECOM: '01/01/1999', SW_DEC: '09/01/2000', SW_REASON: 'OTHERS' },
  { CHILD: '2', SW_DECOM: '01/01/2000', SW_DEC: '10/01/2000', SW_REASON: 'OTHERS' },
  { CHILD: '3', SW_DECOM: '10/01/2000', SW_DEC: '20/01/2000', SW_REASON: 'OTHERS' },
  { CHILD: '3', SW_DECOM: '10/01/2000', SW_DEC: '11/01/2000', SW_REASON: 'OTHERS' },
  { CHILD: '3', SW_DECOM: '18/01/2000', SW_DEC: '20/01/2000', SW_REASON: 'OTHERS' },
  { CHILD: '3', SW_DECOM: '28/01/2000', SW_DEC: '31/01/2000', SW_REASON: 'FCONTA' },
  { CHILD: '4', SW_DECOM: '01/01/2000', SW_DEC: null, SW_REASON: 'OTHERS' },
  { CHILD: '4', SW_DECOM: '05/01/2000', SW_DEC: null, SW_REASON: 'OTHERS' },
];

describe('903 rule SW10STG2 (social worker episode overlaps or follows a gap)', () => {
  it('2023/24: flags starts more than 7 days either side of the previous end', () => {
    // 3: 7 days before the previous end is the limit (02/01); 7: 8 days after 20/01; 9: previous still open.
    expect(runRule(v2023!, { SWEpisodes })?.SWEpisodes).toEqual([3, 7, 9]);
  });
  it('2024/25: an FCONTA episode is exempt', () => {
    expect(runRule(v2024!, { SWEpisodes })?.SWEpisodes).toEqual([3, 9]);
  });
  it('is not run without SWEpisodes', () => {
    expect(runRule(v2023!, {})).toBeUndefined();
  });
});
