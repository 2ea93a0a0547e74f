import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './8540.ts';

const rule = versions[0]!;
const born = (child: string, dob: string | null = '2015-01-01') => ({
  LAchildID: child,
  PersonBirthDate: dob,
});
const referral = (child: string, nfa: string) => ({ LAchildID: child, CINdetailsID: '1', ReferralNFA: nfa });

describe('CIN rule 8540 (disability missing or invalid)', () => {
  it('flags a missing or invalid code for a born child with a further-action referral', () => {
    expect(
      flags(rule, {
        ChildIdentifiers: [born('A'), born('B'), born('C'), born('D')],
        CINdetails: [referral('A', 'false'), referral('B', '0'), referral('C', '0'), referral('D', 'false')],
        Disabilities: [
          { LAchildID: 'A', Disability: null },
          { LAchildID: 'B', Disability: 'MOB' },
          { LAchildID: 'B', Disability: 'notreal' },
          { LAchildID: 'C', Disability: 'NONE' },
        ],
      }),
    ).toEqual([
      'ChildIdentifiers.PersonBirthDate[3]',
      'Disabilities.Disability[0]',
      'Disabilities.Disability[2]',
    ]);
  });
  it('does not apply to unborn children or to referrals that were all no further action', () => {
    expect(
      flags(rule, {
        ChildIdentifiers: [born('A', null), born('B'), born('C')],
        CINdetails: [referral('A', 'false'), referral('B', 'true'), referral('B', '1')],
        Disabilities: [],
      }),
    ).toEqual([]);
  });
});
