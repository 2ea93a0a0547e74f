import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './8568.ts';

const rule = versions[0]!;

describe('CIN rule 8568 (ReferralNFA missing or invalid)', () => {
  it('accepts true, false, 1 and 0 only', () => {
    const values = ['true', 'false', '1', '0', null, '2', 'yes', 'TRUE'];
    expect(flags(rule, { CINdetails: values.map((ReferralNFA) => ({ ReferralNFA })) })).toEqual([
      'CINdetails.ReferralNFA[4]',
      'CINdetails.ReferralNFA[5]',
      'CINdetails.ReferralNFA[6]',
      'CINdetails.ReferralNFA[7]',
    ]);
  });
});
