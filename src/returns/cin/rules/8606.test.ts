import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './8606.ts';

const rule = versions[0]!;

describe('CIN rule 8606 (referral more than 40 weeks before birth)', () => {
  it('allows a referral exactly 280 days before birth and flags 281', () => {
    // 2024-06-01 is 280 days before 2025-03-08.
    expect(
      flags(rule, {
        ChildIdentifiers: [
          { LAchildID: 'A', PersonBirthDate: '2025-03-08', ExpectedPersonBirthDate: null },
          { LAchildID: 'B', PersonBirthDate: '2025-03-08', ExpectedPersonBirthDate: null },
        ],
        CINdetails: [
          { LAchildID: 'A', CINreferralDate: '2024-06-01' },
          { LAchildID: 'B', CINreferralDate: '2024-05-31' },
        ],
      }),
    ).toEqual(['CINdetails.CINreferralDate[1]', 'ChildIdentifiers.PersonBirthDate[1]']);
  });
  it('checks the expected date of birth the same way', () => {
    expect(
      flags(rule, {
        ChildIdentifiers: [{ LAchildID: 'A', PersonBirthDate: null, ExpectedPersonBirthDate: '2025-03-08' }],
        CINdetails: [{ LAchildID: 'A', CINreferralDate: '2024-05-31' }],
      }),
    ).toEqual(['CINdetails.CINreferralDate[0]', 'ChildIdentifiers.ExpectedPersonBirthDate[0]']);
  });
});
