import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './8569Q.ts';

const rule = versions[0]!;
const referrals = (...list: [string, string][]) => ({
  CINdetails: list.map(([CINreferralDate, ReferralNFA]) => ({ CINreferralDate, ReferralNFA })),
});

describe('CIN rule 8569Q (old referral marked no further action)', () => {
  it('uses the working day before the collection start (Mon 1 Apr 2024 -> Thu 28 Mar, Good Friday)', () => {
    // 29 March 2024 is Good Friday, so the working day before Monday 1 April 2024 is Thursday 28 March.
    expect(
      flags(
        rule,
        referrals(
          ['2024-03-27', 'true'],
          ['2024-03-28', 'true'],
          ['2024-03-27', 'false'],
          ['2024-03-27', '1'],
        ),
      ),
    ).toEqual(['CINdetails.CINreferralDate[0]', 'CINdetails.CINreferralDate[3]']);
  });
  it('on a plain weekday start, the cut-off is the day before', () => {
    // 1 April 2026 is a Wednesday: referrals before Tuesday 31 March 2026 are queried.
    expect(flags(rule, referrals(['2026-03-30', 'true'], ['2026-03-31', 'true']), '2027-03-31')).toEqual([
      'CINdetails.CINreferralDate[0]',
    ]);
  });
});
