import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8816.ts';

describe('CIN rule 8816 (open episode must be the latest)', () => {
  it('flags an open further-action episode that is not the latest, and the latest one', () => {
    expect(
      flagged(versions[0]!, {
        CINdetails: [
          { LAchildID: 'a', CINreferralDate: '2024-05-01', CINclosureDate: null, ReferralNFA: 'false' },
          { LAchildID: 'a', CINreferralDate: '2024-09-01', CINclosureDate: '2024-10-01', ReferralNFA: '0' },
          { LAchildID: 'b', CINreferralDate: '2024-05-01', CINclosureDate: '2024-06-01', ReferralNFA: '0' },
          { LAchildID: 'b', CINreferralDate: '2024-09-01', CINclosureDate: null, ReferralNFA: '0' },
          { LAchildID: 'c', CINreferralDate: '2024-05-01', CINclosureDate: null, ReferralNFA: 'true' },
          { LAchildID: 'c', CINreferralDate: '2024-09-01', CINclosureDate: null, ReferralNFA: '0' },
        ],
      }),
    ).toEqual(['CINdetails.CINreferralDate[0]', 'CINdetails.CINreferralDate[1]']);
  });
});
