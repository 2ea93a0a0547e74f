import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './4017.ts';

const rule = versions[0]!;

describe('CIN rule 4017 (child protection plan starting during a CIN plan)', () => {
  it('flags a CPP starting from the CIN plan start to the day before its end', () => {
    expect(
      flags(rule, {
        CINplanDates: [{ LAchildID: 'A', CINPlanStartDate: '2024-05-26', CINPlanEndDate: '2024-05-30' }],
        ChildProtectionPlans: [
          { LAchildID: 'A', CPPstartDate: '2024-05-25' },
          { LAchildID: 'A', CPPstartDate: '2024-05-26' },
          { LAchildID: 'A', CPPstartDate: '2024-05-30' },
          { LAchildID: 'B', CPPstartDate: '2024-05-27' },
        ],
      }),
    ).toEqual([
      'CINplanDates.CINPlanEndDate[0]',
      'CINplanDates.CINPlanStartDate[0]',
      'ChildProtectionPlans.CPPstartDate[1]',
    ]);
  });
  it('runs a CIN plan with no end date to the reference date', () => {
    expect(
      flags(rule, {
        CINplanDates: [{ LAchildID: 'A', CINPlanStartDate: '2024-05-26', CINPlanEndDate: null }],
        ChildProtectionPlans: [
          { LAchildID: 'A', CPPstartDate: '2025-03-31' },
          { LAchildID: 'A', CPPstartDate: '2025-04-01' },
        ],
      }),
    ).toEqual([
      'CINplanDates.CINPlanEndDate[0]',
      'CINplanDates.CINPlanStartDate[0]',
      'ChildProtectionPlans.CPPstartDate[0]',
    ]);
  });
});
