import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8820.ts';

describe('CIN rule 8820 (overlapping CIN episodes)', () => {
  it('flags a referral before the previous closure; one on the closure day is fine', () => {
    expect(
      flagged(versions[0]!, {
        CINdetails: [
          { LAchildID: 'a', CINreferralDate: '2024-05-01', CINclosureDate: '2024-07-01', ReferralNFA: '0' },
          { LAchildID: 'a', CINreferralDate: '2024-06-30', CINclosureDate: null, ReferralNFA: '0' },
          { LAchildID: 'b', CINreferralDate: '2024-05-01', CINclosureDate: '2024-07-01', ReferralNFA: '0' },
          { LAchildID: 'b', CINreferralDate: '2024-07-01', CINclosureDate: null, ReferralNFA: '0' },
        ],
      }),
    ).toEqual([
      'CINdetails.CINclosureDate[0]',
      'CINdetails.CINreferralDate[0]',
      'CINdetails.CINreferralDate[1]',
    ]);
  });
  it('an open further-action episode runs to the reference date; an open NFA one does not', () => {
    expect(
      flagged(versions[0]!, {
        CINdetails: [
          { LAchildID: 'a', CINreferralDate: '2024-05-01', CINclosureDate: null, ReferralNFA: 'false' },
          { LAchildID: 'a', CINreferralDate: '2024-09-01', CINclosureDate: '2024-10-01', ReferralNFA: '0' },
          { LAchildID: 'b', CINreferralDate: '2024-05-01', CINclosureDate: null, ReferralNFA: 'true' },
          { LAchildID: 'b', CINreferralDate: '2024-09-01', CINclosureDate: '2024-10-01', ReferralNFA: '0' },
        ],
      }),
    ).toEqual([
      'CINdetails.CINclosureDate[0]',
      'CINdetails.CINreferralDate[0]',
      'CINdetails.CINreferralDate[1]',
    ]);
  });
});
