import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8610.ts';

describe('CIN rule 8610 (primary need for a referral with further action)', () => {
  it('flags a further-action referral with no primary need code', () => {
    expect(
      flagged(versions[0]!, {
        CINdetails: [
          { ReferralNFA: 'false', PrimaryNeedCode: null },
          { ReferralNFA: '0', PrimaryNeedCode: 'N1' },
          { ReferralNFA: 'true', PrimaryNeedCode: null },
          { ReferralNFA: '1', PrimaryNeedCode: null },
        ],
      }),
    ).toEqual(['CINdetails.PrimaryNeedCode[0]', 'CINdetails.ReferralNFA[0]']);
  });
  it('needs the CINdetails table', () => {
    expect(flagged(versions[0]!, {})).toBeUndefined();
  });
});
