import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './607.ts';

const byYear = (definedIn: string) => versions.find((v) => v.definedIn === definedIn)!;

describe('903 rule 607 (left care in the year, MOTHER blank)', () => {
  const episodes = [
    { CHILD: 'a', DEC: '01/04/2025', REC: 'E4A', LS: 'C2' },
    { CHILD: 'b', DEC: '01/05/2025', REC: 'E4A', LS: 'C2' },
    { CHILD: 'c', DEC: '01/05/2025', REC: 'X1', LS: 'C2' },
    { CHILD: 'd', DEC: '01/05/2025', REC: 'E4A', LS: 'V3' },
    { CHILD: 'e', DEC: '31/03/2025', REC: 'E4A', LS: 'C2' },
  ];
  it('uses SEX 2 for girls up to 2023/24', () => {
    const flags = runRule(byYear('lac2022_23'), {
      Episodes: episodes,
      Header: [
        { CHILD: 'a', SEX: '2', MOTHER: null },
        { CHILD: 'b', SEX: '2', MOTHER: '0' },
        { CHILD: 'c', SEX: '2', MOTHER: null },
        { CHILD: 'd', SEX: '2', MOTHER: null },
        { CHILD: 'e', SEX: '2', MOTHER: null },
      ],
    });
    expect(flags).toEqual({ Episodes: [0], Header: [0] });
  });
  it('uses SEX F from 2024/25', () => {
    const flags = runRule(byYear('lac2024_25'), {
      Episodes: episodes,
      Header: [
        { CHILD: 'a', SEX: 'F', MOTHER: null },
        { CHILD: 'b', SEX: 'M', MOTHER: null },
      ],
    });
    expect(flags).toEqual({ Episodes: [0], Header: [0] });
  });
  it('is not run without Header', () => {
    expect(runRule(byYear('lac2024_25'), { Episodes: [] })).toBeUndefined();
  });
});
