import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './SW07STG2.ts';

const [v2023, v2024] = versions;
const SWEpisodes = [
  { SW_DEC: '01/04/2026' },
  { SW_DEC: '31/03/2026' },
  { SW_DEC: '01/04/2025' },
  { SW_DEC: '31/03/2025' },
  { SW_DEC: '01/04/2024' },
  { SW_DEC: '31/03/2024' },
  { SW_DEC: null },
];

describe('903 rule SW07STG2 (social worker episode end date outside the reporting period)', () => {
  it('2023/24: the period is the collection year', () => {
    expect(runRule(v2023!, { SWEpisodes })?.SWEpisodes).toEqual([0, 3, 4, 5]);
  });
  it('2024/25 on: the period starts a year earlier', () => {
    expect(runRule(v2024!, { SWEpisodes })?.SWEpisodes).toEqual([0, 5]);
  });
  it('is not run without SWEpisodes', () => {
    expect(runRule(v2024!, {})).toBeUndefined();
  });
});
