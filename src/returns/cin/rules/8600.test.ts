import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './8600.ts';

const rule = versions[0]!;

describe('CIN rule 8600 (referral date missing or after the census year)', () => {
  it('flags a missing date and one after the reference date, not earlier years', () => {
    const dates = ['2025-03-31', '2025-04-01', null, '2001-01-25'];
    expect(flags(rule, { CINdetails: dates.map((CINreferralDate) => ({ CINreferralDate })) })).toEqual([
      'CINdetails.CINreferralDate[1]',
      'CINdetails.CINreferralDate[2]',
    ]);
  });
});
