import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8772.ts';

describe('CIN rule 8772 (UN7 but a referral went on to further action)', () => {
  it('flags the UN7 child and its further-action episodes', () => {
    expect(
      flagged(versions[0]!, {
        ChildIdentifiers: [
          { LAchildID: 'a', UPNunknown: 'UN7' },
          { LAchildID: 'b', UPNunknown: 'UN7' },
          { LAchildID: 'c', UPNunknown: 'UN6' },
        ],
        CINdetails: [
          { LAchildID: 'a', ReferralNFA: 'true' },
          { LAchildID: 'a', ReferralNFA: 'false' },
          { LAchildID: 'b', ReferralNFA: '1' },
          { LAchildID: 'c', ReferralNFA: '0' },
        ],
      }),
    ).toEqual(['CINdetails.ReferralNFA[1]', 'ChildIdentifiers.UPNunknown[0]']);
  });
});
