import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './1105.ts';

const rule = versions[0]!;

describe('CIN rule 1105 (plan start before referral)', () => {
  it('flags a date the day before the referral date, not one on the day', () => {
    expect(
      flags(rule, {
        CINdetails: [
          { LAchildID: 'A', CINdetailsID: '1', CINreferralDate: '2024-06-10' },
          { LAchildID: 'A', CINdetailsID: '2', CINreferralDate: '2024-06-10' },
        ],
        ChildProtectionPlans: [
          { LAchildID: 'A', CINdetailsID: '1', CPPstartDate: '2024-06-09' },
          { LAchildID: 'A', CINdetailsID: '2', CPPstartDate: '2024-06-10' },
        ],
      }),
    ).toEqual(['CINdetails.CINreferralDate[0]', 'ChildProtectionPlans.CPPstartDate[0]']);
  });
  it('joins on LAchildID and CINdetailsID and skips missing dates', () => {
    expect(
      flags(rule, {
        CINdetails: [
          { LAchildID: 'A', CINdetailsID: '1', CINreferralDate: '2024-06-10' },
          { LAchildID: 'B', CINdetailsID: '1', CINreferralDate: null },
        ],
        ChildProtectionPlans: [
          { LAchildID: 'A', CINdetailsID: '2', CPPstartDate: '2020-01-01' },
          { LAchildID: 'B', CINdetailsID: '1', CPPstartDate: '2020-01-01' },
          { LAchildID: 'A', CINdetailsID: '1', CPPstartDate: null },
        ],
      }),
    ).toEqual([]);
  });
  it('needs both tables', () => {
    expect(flags(rule, { ChildProtectionPlans: [] })).toBeUndefined();
  });
});
