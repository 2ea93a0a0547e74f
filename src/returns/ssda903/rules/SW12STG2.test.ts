import { describe, expect, it } from 'vitest';
import { dmy } from '../../common/dates.ts';
import { runRule } from '../testing.ts';
import { versions } from './SW12STG2.ts';

const [v2023, v2024] = versions;
const ep = (
  CHILD: string,
  DECOM: string,
  DEC: string | null,
  REC: string | null,
  RNE: string,
  LS = 'C1',
) => ({
  CHILD,
  DECOM,
  DEC,
  REC,
  RNE,
  LS,
});
const input = {
  SWEpisodes: [
    { CHILD: '1', SW_DECOM: '01/01/2025' },
    { CHILD: '5', SW_DECOM: '01/02/2025' },
    { CHILD: '7', SW_DECOM: '01/02/2025' },
    { CHILD: '8', SW_DECOM: '01/01/2022' },
    { CHILD: '8', SW_DECOM: '01/02/2025' },
    { CHILD: '10', SW_DECOM: '01/01/2025' },
    { CHILD: '11', SW_DECOM: '01/04/2026' },
  ],
  Episodes: [
    ep('1', '01/01/2025', null, null, 'S'),
    ep('2', '01/01/2025', null, null, 'S'),
    ep('3', '01/01/2025', null, null, 'S', 'V4'),
    ep('4', '01/01/2025', '10/01/2025', 'X1', 'P'),
    ep('5', '10/01/2025', '01/03/2025', 'E4A', 'P'),
    ep('7', '01/03/2025', null, 'X1', 'S'),
    ep('8', '01/01/2025', null, null, 'S'),
    ep('9', '01/01/2023', '31/03/2024', 'E4A', 'S'),
    ep('10', '01/06/2025', null, null, 'P'),
    ep('11', '01/06/2025', null, null, 'P'),
  ],
};

describe('903 rule SW12STG2 (no social worker episode for a care episode)', () => {
  it('2023/24: checks every episode starting, ending or still in care (open until 31 March)', () => {
    expect(runRule(v2023!, input)?.Episodes).toEqual([1, 5, 7, 9]);
  });
  it('2024/25 on: only episodes open or ending since 1 April of the previous year', () => {
    const meta = { collectionStart: dmy('01/04/2025') as number, collectionEnd: dmy('31/03/2026') as number };
    expect(runRule(v2024!, input, meta)?.Episodes).toEqual([1, 5, 9]);
  });
  it('is not run without SWEpisodes', () => {
    expect(runRule(v2024!, { Episodes: [] })).toBeUndefined();
  });
});
