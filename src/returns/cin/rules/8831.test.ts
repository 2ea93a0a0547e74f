import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8831.ts';

describe('CIN rule 8831 (activity on a no-further-action referral)', () => {
  it('flags assessment and section 47 dates recorded against an NFA episode', () => {
    expect(
      flagged(versions[0]!, {
        CINdetails: [
          { LAchildID: 'a', CINdetailsID: '1', ReferralNFA: 'true', DateOfInitialCPC: null },
          { LAchildID: 'b', CINdetailsID: '1', ReferralNFA: '1', DateOfInitialCPC: null },
          { LAchildID: 'c', CINdetailsID: '1', ReferralNFA: 'false', DateOfInitialCPC: null },
          { LAchildID: 'd', CINdetailsID: '1', ReferralNFA: 'true', DateOfInitialCPC: '2024-06-03' },
        ],
        Assessments: [
          { LAchildID: 'a', CINdetailsID: '1', AssessmentActualStartDate: '2024-06-01' },
          { LAchildID: 'c', CINdetailsID: '1', AssessmentActualStartDate: '2024-06-01' },
          { LAchildID: 'b', CINdetailsID: '1', AssessmentActualStartDate: null },
        ],
        Section47: [{ LAchildID: 'b', CINdetailsID: '1', S47ActualStartDate: '2024-06-01' }],
      }),
    ).toEqual([
      'Assessments.LAchildID[0]',
      'CINdetails.DateOfInitialCPC[0]',
      'CINdetails.DateOfInitialCPC[1]',
      'CINdetails.DateOfInitialCPC[3]',
      'Section47.LAchildID[0]',
    ]);
  });
});
