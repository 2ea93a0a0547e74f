import { describe, expect, it } from 'vitest';
import { flags, version } from '../lib/testing-a.ts';
import { versions } from './1530.ts';

const upns = (...list: (string | null)[]) => ({ ChildIdentifiers: list.map((UPN) => ({ UPN })) });

describe('CIN rule 1530 (UPN LA code)', () => {
  it('flags characters 2-4 that are not an LA or pseudo-LA code', () => {
    expect(
      flags(
        version(versions, 'cin2023_24'),
        upns('A381001783010', 'H003278544154', 'R421962919251', 'R34', null),
      ),
    ).toEqual(['ChildIdentifiers.UPN[2]']);
  });
  it('knows Cumberland and Westmorland and Furness only from 2023/24', () => {
    const input = upns('A942001783010', 'A943001783010');
    expect(flags(version(versions, 'cin2023_24'), input)).toEqual([]);
    expect(flags(version(versions, 'cin2022_23'), input)).toEqual([
      'ChildIdentifiers.UPN[0]',
      'ChildIdentifiers.UPN[1]',
    ]);
  });
  it('checks the ranges at their ends', () => {
    expect(
      flags(version(versions, 'cin2022_23'), upns('A201', 'A213', 'A214', 'A200', 'A896', 'A897')),
    ).toEqual(['ChildIdentifiers.UPN[2]', 'ChildIdentifiers.UPN[3]', 'ChildIdentifiers.UPN[5]']);
  });
});
