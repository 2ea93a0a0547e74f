import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './4000.ts';

const rule = versions[0]!;

describe('CIN rule 4000 (CIN plan for a no-further-action referral)', () => {
  it('flags a CIN plan in an episode marked no further action (true or 1)', () => {
    expect(
      flags(rule, {
        CINdetails: [
          { LAchildID: 'A', CINdetailsID: '1', ReferralNFA: 'true' },
          { LAchildID: 'B', CINdetailsID: '1', ReferralNFA: '1' },
          { LAchildID: 'C', CINdetailsID: '1', ReferralNFA: 'false' },
          { LAchildID: 'D', CINdetailsID: '1', ReferralNFA: 'true' },
        ],
        CINplanDates: [
          { LAchildID: 'A', CINdetailsID: '1' },
          { LAchildID: 'B', CINdetailsID: '1' },
          { LAchildID: 'C', CINdetailsID: '1' },
          { LAchildID: 'D', CINdetailsID: '2' },
        ],
      }),
    ).toEqual([
      'CINdetails.ReferralNFA[0]',
      'CINdetails.ReferralNFA[1]',
      'CINplanDates.LAchildID[0]',
      'CINplanDates.LAchildID[1]',
    ]);
  });
});
