import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8815.ts';

describe('CIN rule 8815 (more than one open episode)', () => {
  it('flags the open further-action episodes of a child with two of them', () => {
    expect(
      flagged(versions[0]!, {
        CINdetails: [
          { LAchildID: 'a', CINclosureDate: null, ReferralNFA: 'false' },
          { LAchildID: 'a', CINclosureDate: null, ReferralNFA: '0' },
          { LAchildID: 'a', CINclosureDate: '2024-05-01', ReferralNFA: '0' },
          { LAchildID: 'b', CINclosureDate: null, ReferralNFA: 'false' },
          { LAchildID: 'b', CINclosureDate: null, ReferralNFA: 'true' },
        ],
      }),
    ).toEqual(['CINdetails.CINclosureDate[0]', 'CINdetails.CINclosureDate[1]']);
  });
});
