import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './SW13STG1.ts';

const [v2023, v2024] = versions;
const SWEpisodes = [
  { SW_REASON: 'LAZINESS', SW_DECOM: '01/01/2000' },
  { SW_REASON: 'SWDIED', SW_DECOM: '01/01/2000' },
  { SW_REASON: 'others', SW_DECOM: '01/01/2000' },
  { SW_REASON: null, SW_DECOM: '31/03/2023' },
  { SW_REASON: null, SW_DECOM: '01/04/2023' },
];

describe('903 rule SW13STG1 (reason for social worker change)', () => {
  it('2023/24: flags unknown reasons and blanks', () => {
    expect(runRule(v2023!, { SWEpisodes })?.SWEpisodes).toEqual([0, 2, 3, 4]);
  });
  it('2024/25 on: a blank is accepted before 1 April 2023', () => {
    expect(runRule(v2024!, { SWEpisodes })?.SWEpisodes).toEqual([0, 2, 4]);
  });
  it('is not run without SWEpisodes', () => {
    expect(runRule(v2024!, {})).toBeUndefined();
  });
});
