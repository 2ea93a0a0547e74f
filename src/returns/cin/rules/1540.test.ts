import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './1540.ts';

const rule = versions[0]!;
const upns = (...list: (string | null)[]) => ({ ChildIdentifiers: list.map((UPN) => ({ UPN })) });

describe('CIN rule 1540 (UPN characters 5-12 numeric)', () => {
  it('flags a letter in characters 5-12 only', () => {
    // y at character 5, 12, 4 and 13 in turn.
    expect(
      flags(rule, upns('X000y00000000', 'X0000000000y0', 'X00y000000000', 'X00000000000y', null)),
    ).toEqual(['ChildIdentifiers.UPN[0]', 'ChildIdentifiers.UPN[1]']);
  });
  it('looks at characters 5-12 whatever the length', () => {
    expect(flags(rule, upns('x0000000er00e0', 'X12', 'X1234567'))).toEqual(['ChildIdentifiers.UPN[0]']);
  });
});
