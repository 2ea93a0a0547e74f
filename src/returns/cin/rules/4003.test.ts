import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './4003.ts';

const rule = versions[0]!;
const plan = (child: string, start: string, end: string | null) => ({
  LAchildID: child,
  CINdetailsID: '1',
  CINPlanStartDate: start,
  CINPlanEndDate: end,
});
const cpp = (child: string, end: string | null) => ({
  LAchildID: child,
  CINdetailsID: '1',
  CPPID: '1',
  CPPendDate: end,
});
const review = (child: string, date: string) => ({
  LAchildID: child,
  CINdetailsID: '1',
  CPPID: '1',
  CPPreviewDate: date,
});

describe('CIN rule 4003 (CPP review while a CIN plan is open)', () => {
  it('flags a review from the CIN plan start up to the day before its end', () => {
    expect(
      flags(rule, {
        CINplanDates: [
          plan('A', '2024-05-01', '2024-06-01'),
          plan('B', '2024-05-01', '2024-06-01'),
          plan('C', '2024-05-01', '2024-06-01'),
          plan('D', '2024-05-01', '2024-06-01'),
        ],
        ChildProtectionPlans: [cpp('A', null), cpp('B', null), cpp('C', null), cpp('D', null)],
        Reviews: [
          review('A', '2024-05-01'),
          review('B', '2024-05-31'),
          review('C', '2024-06-01'),
          review('D', '2024-04-30'),
        ],
      }),
    ).toEqual([
      'CINplanDates.CINPlanStartDate[0]',
      'CINplanDates.CINPlanStartDate[1]',
      'ChildProtectionPlans.CPPendDate[0]',
      'ChildProtectionPlans.CPPendDate[1]',
      'Reviews.CPPreviewDate[0]',
      'Reviews.CPPreviewDate[1]',
    ]);
  });
  it('counts a CIN plan with no end date as open, and allows a review on the day the CPP ends', () => {
    expect(
      flags(rule, {
        CINplanDates: [plan('A', '2024-05-01', null), plan('B', '2024-05-01', null)],
        ChildProtectionPlans: [cpp('A', null), cpp('B', '2024-07-01')],
        Reviews: [review('A', '2025-01-10'), review('B', '2024-07-01')],
      }),
    ).toEqual([
      'CINplanDates.CINPlanStartDate[0]',
      'ChildProtectionPlans.CPPendDate[0]',
      'Reviews.CPPreviewDate[0]',
    ]);
  });
});
