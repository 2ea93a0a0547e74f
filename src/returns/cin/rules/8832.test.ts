import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8832.ts';

describe('CIN rule 8832 (plan on a no-further-action referral)', () => {
  it('flags a plan in an NFA episode and that episode', () => {
    expect(
      flagged(versions[0]!, {
        ChildProtectionPlans: [
          { LAchildID: 'a', CINdetailsID: '1' },
          { LAchildID: 'a', CINdetailsID: '2' },
        ],
        CINdetails: [
          { LAchildID: 'a', CINdetailsID: '1', ReferralNFA: 'true' },
          { LAchildID: 'a', CINdetailsID: '2', ReferralNFA: 'false' },
        ],
      }),
    ).toEqual(['CINdetails.ReferralNFA[0]', 'ChildProtectionPlans.LAchildID[0]']);
  });
});
