import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './8565.ts';

const rule = versions[0]!;
const ep = (cin: string) => ({ LAchildID: 'A', CINdetailsID: cin });

describe('CIN rule 8565 (activity after the case was closed)', () => {
  it('flags activity dated the day after closure, with the episode', () => {
    expect(
      flags(rule, {
        CINdetails: [
          { ...ep('1'), CINclosureDate: '2024-06-10', DateOfInitialCPC: null },
          { ...ep('2'), CINclosureDate: '2024-06-10', DateOfInitialCPC: '2024-06-11' },
          { ...ep('3'), CINclosureDate: null, DateOfInitialCPC: null },
        ],
        Assessments: [
          { ...ep('1'), AssessmentActualStartDate: '2024-06-01', AssessmentAuthorisationDate: '2024-06-11' },
          { ...ep('1'), AssessmentActualStartDate: '2024-06-01', AssessmentAuthorisationDate: '2024-06-10' },
          { ...ep('3'), AssessmentActualStartDate: '2024-06-01', AssessmentAuthorisationDate: '2025-01-01' },
        ],
        Section47: [{ ...ep('1'), S47ActualStartDate: '2024-06-10', DateOfInitialCPC: null }],
        ChildProtectionPlans: [{ ...ep('1'), CPPendDate: '2024-06-11' }],
        CINplanDates: [{ ...ep('1'), CINPlanStartDate: '2024-06-01', CINPlanEndDate: '2024-06-10' }],
      }),
    ).toEqual([
      'Assessments.AssessmentActualStartDate[0]',
      'Assessments.AssessmentAuthorisationDate[0]',
      'CINdetails.CINclosureDate[0]',
      'CINdetails.CINclosureDate[1]',
      'CINdetails.DateOfInitialCPC[0]',
      'CINdetails.DateOfInitialCPC[1]',
      'ChildProtectionPlans.CPPendDate[0]',
    ]);
  });
  it('passes an episode whose activity ends on the closure date', () => {
    expect(
      flags(rule, {
        CINdetails: [{ ...ep('1'), CINclosureDate: '2024-06-10', DateOfInitialCPC: '2024-06-10' }],
        CINplanDates: [{ ...ep('1'), CINPlanStartDate: '2024-06-01', CINPlanEndDate: '2024-06-10' }],
      }),
    ).toEqual([]);
  });
});
