import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './1550.ts';

const rule = versions[0]!;
const upns = (...list: (string | null)[]) => ({ ChildIdentifiers: list.map((UPN) => ({ UPN })) });

describe('CIN rule 1550 (UPN character 13)', () => {
  it('accepts a digit or a letter other than I, O and S', () => {
    expect(
      flags(
        rule,
        upns('X000000000001', 'X00000000000A', 'X00000000000I', 'X00000000000O', 'X00000000000S', ''),
      ),
    ).toEqual(['ChildIdentifiers.UPN[2]', 'ChildIdentifiers.UPN[3]', 'ChildIdentifiers.UPN[4]']);
  });
  it('flags punctuation and skips UPNs shorter than 13 characters', () => {
    expect(flags(rule, upns('X00000000000-', 'X0000'))).toEqual(['ChildIdentifiers.UPN[0]']);
  });
});
