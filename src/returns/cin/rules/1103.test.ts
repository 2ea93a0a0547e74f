import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './1103.ts';

const rule = versions[0]!;

describe('CIN rule 1103 (assessment start before referral)', () => {
  it('flags an assessment starting the day before its referral, not one on the day', () => {
    expect(
      flags(rule, {
        CINdetails: [
          { LAchildID: 'A', CINdetailsID: '1', CINreferralDate: '2024-06-10' },
          { LAchildID: 'B', CINdetailsID: '1', CINreferralDate: '2024-06-10' },
        ],
        Assessments: [
          { LAchildID: 'A', CINdetailsID: '1', AssessmentActualStartDate: '2024-06-09' },
          { LAchildID: 'B', CINdetailsID: '1', AssessmentActualStartDate: '2024-06-10' },
        ],
      }),
    ).toEqual(['Assessments.AssessmentActualStartDate[0]', 'CINdetails.CINreferralDate[0]']);
  });
  it('compares only within the same episode and ignores missing dates', () => {
    expect(
      flags(rule, {
        CINdetails: [
          { LAchildID: 'A', CINdetailsID: '1', CINreferralDate: '2023-01-01' },
          { LAchildID: 'A', CINdetailsID: '2', CINreferralDate: '2024-09-01' },
          { LAchildID: 'C', CINdetailsID: '1', CINreferralDate: null },
        ],
        Assessments: [
          { LAchildID: 'A', CINdetailsID: '1', AssessmentActualStartDate: '2024-01-01' },
          { LAchildID: 'C', CINdetailsID: '1', AssessmentActualStartDate: '2020-01-01' },
          { LAchildID: 'A', CINdetailsID: '2', AssessmentActualStartDate: null },
        ],
      }),
    ).toEqual([]);
  });
  it('needs both tables', () => {
    expect(flags(rule, { CINdetails: [] })).toBeUndefined();
  });
});
