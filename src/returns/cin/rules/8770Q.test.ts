import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8770Q.ts';

const [schoolAge, overFive] = versions;

const children = [
  { LAchildID: 'a', PersonBirthDate: '2019-08-31', UPN: null, UPNunknown: null },
  { LAchildID: 'b', PersonBirthDate: '2019-09-01', UPN: null, UPNunknown: null },
  { LAchildID: 'c', PersonBirthDate: '2015-01-01', UPN: null, UPNunknown: 'UN1' },
  { LAchildID: 'd', PersonBirthDate: '2015-01-01', UPN: null, UPNunknown: 'un3' },
  { LAchildID: 'e', PersonBirthDate: '2015-01-01', UPN: 'A123', UPNunknown: null },
  { LAchildID: 'f', PersonBirthDate: '2015-01-01', UPN: null, UPNunknown: null },
];
const episodes = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ LAchildID: id, ReferralNFA: 'false' }));

describe('CIN rule 8770Q (UPN for a child of school age)', () => {
  it('2024/25: school age is born on or before 31 Aug six years before the reference year', () => {
    expect(
      flagged(schoolAge!, {
        ChildIdentifiers: children,
        CINdetails: [...episodes, { LAchildID: 'f', ReferralNFA: 'true' }],
      }),
    ).toEqual([
      'ChildIdentifiers.UPN[0]',
      'ChildIdentifiers.UPN[2]',
      'ChildIdentifiers.UPNunknown[0]',
      'ChildIdentifiers.UPNunknown[2]',
    ]);
  });
  it('2022/23: born on or before the reference date minus 6 years (31 Mar 2019)', () => {
    expect(
      flagged(overFive!, {
        ChildIdentifiers: [
          { LAchildID: 'a', PersonBirthDate: '2019-03-31', UPN: null, UPNunknown: null },
          { LAchildID: 'b', PersonBirthDate: '2019-04-01', UPN: null, UPNunknown: null },
        ],
        CINdetails: [
          { LAchildID: 'a', ReferralNFA: '0' },
          { LAchildID: 'b', ReferralNFA: '0' },
        ],
      }),
    ).toEqual(['ChildIdentifiers.UPN[0]', 'ChildIdentifiers.UPNunknown[0]']);
  });
});
