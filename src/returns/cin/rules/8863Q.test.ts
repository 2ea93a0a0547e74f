import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8863Q.ts';

const a = (cin: string, start: string | null, end: string | null) => ({
  LAchildID: 'a',
  CINdetailsID: cin,
  AssessmentActualStartDate: start,
  AssessmentAuthorisationDate: end,
});

describe('CIN rule 8863Q (assessment starts while another is ongoing)', () => {
  it('queries a start on or before the other assessment’s authorisation date', () => {
    expect(
      flagged(versions[0]!, {
        Assessments: [
          a('1', '2024-05-01', '2024-06-03'),
          a('1', '2024-06-03', '2024-07-01'),
          a('2', '2024-05-01', '2024-06-03'),
          a('2', '2024-06-04', '2024-07-01'),
        ],
      }),
    ).toEqual([
      'Assessments.AssessmentActualStartDate[0]',
      'Assessments.AssessmentActualStartDate[1]',
      'Assessments.AssessmentAuthorisationDate[0]',
    ]);
  });
  it('an unauthorised assessment is ongoing to the reference date; other episodes are not compared', () => {
    expect(
      flagged(versions[0]!, {
        Assessments: [a('1', '2024-05-01', null), a('1', '2025-03-31', null), a('2', '2024-06-01', null)],
      }),
    ).toEqual([
      'Assessments.AssessmentActualStartDate[0]',
      'Assessments.AssessmentActualStartDate[1]',
      'Assessments.AssessmentAuthorisationDate[0]',
    ]);
  });
});
