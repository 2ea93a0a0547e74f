import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './4016.ts';

const rule = versions[0]!;

describe('CIN rule 4016 (CIN plan starting during a child protection plan)', () => {
  it('flags a CIN plan starting from the CPP start to the day before its end', () => {
    expect(
      flags(rule, {
        ChildProtectionPlans: [{ LAchildID: 'A', CPPstartDate: '2024-05-26', CPPendDate: '2024-05-30' }],
        CINplanDates: [
          { LAchildID: 'A', CINPlanStartDate: '2024-05-25' },
          { LAchildID: 'A', CINPlanStartDate: '2024-05-26' },
          { LAchildID: 'A', CINPlanStartDate: '2024-05-29' },
          { LAchildID: 'A', CINPlanStartDate: '2024-05-30' },
          { LAchildID: 'B', CINPlanStartDate: '2024-05-27' },
        ],
      }),
    ).toEqual([
      'CINplanDates.CINPlanStartDate[1]',
      'CINplanDates.CINPlanStartDate[2]',
      'ChildProtectionPlans.CPPendDate[0]',
      'ChildProtectionPlans.CPPstartDate[0]',
    ]);
  });
  it('runs a CPP with no end date to the reference date', () => {
    expect(
      flags(rule, {
        ChildProtectionPlans: [{ LAchildID: 'A', CPPstartDate: '2024-06-26', CPPendDate: null }],
        CINplanDates: [
          { LAchildID: 'A', CINPlanStartDate: '2025-03-31' },
          { LAchildID: 'A', CINPlanStartDate: '2025-04-01' },
        ],
      }),
    ).toEqual([
      'CINplanDates.CINPlanStartDate[0]',
      'ChildProtectionPlans.CPPendDate[0]',
      'ChildProtectionPlans.CPPstartDate[0]',
    ]);
  });
});
