import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './393.ts';

const v = (definedIn: string) => versions.find((x) => x.definedIn === definedIn)!;

describe('903 rule 393 (mother field not completed)', () => {
  const Episodes = [
    { CHILD: 'A', LS: 'C2' },
    { CHILD: 'B', LS: 'C2' },
    { CHILD: 'C', LS: 'V3' },
    { CHILD: 'D', LS: 'C2' },
  ];
  it('flags girls looked after with no MOTHER value (F from 2024/25)', () => {
    const flags = runRule(v('lac2024_25'), {
      Header: [
        { CHILD: 'A', SEX: 'F', MOTHER: null },
        { CHILD: 'B', SEX: 'F', MOTHER: '0' },
        { CHILD: 'C', SEX: 'F', MOTHER: null },
        { CHILD: 'D', SEX: 'M', MOTHER: null },
      ],
      Episodes,
    });
    expect(flags?.Header).toEqual([0]);
  });
  it('reads sex code 2 as female before 2024/25', () => {
    const flags = runRule(v('lac2022_23'), {
      Header: [
        { CHILD: 'A', SEX: '2', MOTHER: null },
        { CHILD: 'D', SEX: '1', MOTHER: null },
      ],
      Episodes,
    });
    expect(flags?.Header).toEqual([0]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, { Header: [{ CHILD: 'A', SEX: 'F', MOTHER: null }] })).toBeUndefined();
  });
});
