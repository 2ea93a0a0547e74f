import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './1510.ts';

const rule = versions[0]!;
const upns = (...list: (string | null)[]) => ({ ChildIdentifiers: list.map((UPN) => ({ UPN })) });

describe('CIN rule 1510 (UPN check letter)', () => {
  it('flags a UPN whose first letter is not its check letter', () => {
    // A950000178301 and H243278544154 carry their right check letters; R247962919251 should be Q.
    expect(flags(rule, upns('A950000178301', 'H243278544154', 'R247962919251', null))).toEqual([
      'ChildIdentifiers.UPN[2]',
    ]);
  });
  it('checks a temporary UPN, whose final letter counts at its place in the check table', () => {
    // Characters 2-12 of ?00021511900 weigh 158; a final B (value 1) adds 13: 171 mod 23 = 10, so L.
    expect(flags(rule, upns('L00021511900B', 'X00021511900B'))).toEqual(['ChildIdentifiers.UPN[1]']);
  });
  it('leaves malformed UPNs to the other UPN rules', () => {
    expect(flags(rule, upns('R325', 'ASFFAGSVSV123', 'X0000000000000'))).toEqual([]);
  });
});
