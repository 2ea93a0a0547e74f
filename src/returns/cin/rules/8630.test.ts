import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8630.ts';

describe('CIN rule 8630 (closure not before referral)', () => {
  it('flags a closure the day before referral, not on the same day', () => {
    expect(
      flagged(versions[0]!, {
        CINdetails: [
          { CINreferralDate: '2024-05-02', CINclosureDate: '2024-05-01' },
          { CINreferralDate: '2024-05-02', CINclosureDate: '2024-05-02' },
          { CINreferralDate: null, CINclosureDate: '2024-05-02' },
        ],
      }),
    ).toEqual(['CINdetails.CINclosureDate[0]', 'CINdetails.CINreferralDate[0]']);
  });
});
