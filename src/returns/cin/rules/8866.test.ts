import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8866.ts';

describe('CIN rule 8866 (source of referral)', () => {
  it('flags a missing or invalid source for referrals from 1 April 2013', () => {
    expect(
      flagged(versions[0]!, {
        CINdetails: [
          { CINreferralDate: '2013-04-01', ReferralSource: null },
          { CINreferralDate: '2013-03-31', ReferralSource: null },
          { CINreferralDate: '2024-06-03', ReferralSource: '1Z' },
          { CINreferralDate: '2024-06-03', ReferralSource: '5D' },
          { CINreferralDate: '2024-06-03', ReferralSource: '10' },
        ],
      }),
    ).toEqual([
      'CINdetails.CINreferralDate[0]',
      'CINdetails.CINreferralDate[2]',
      'CINdetails.ReferralSource[0]',
      'CINdetails.ReferralSource[2]',
    ]);
  });
});
