import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8736.ts';

describe('CIN rule 8736 (open assessment started within the census year)', () => {
  it('flags an open assessment started outside the year, not a completed one', () => {
    expect(
      flagged(versions[0]!, {
        Assessments: [
          { AssessmentActualStartDate: '2024-03-31', AssessmentAuthorisationDate: null },
          { AssessmentActualStartDate: '2024-04-01', AssessmentAuthorisationDate: null },
          { AssessmentActualStartDate: '2025-04-01', AssessmentAuthorisationDate: null },
          { AssessmentActualStartDate: '2024-03-01', AssessmentAuthorisationDate: '2024-04-02' },
        ],
      }),
    ).toEqual([
      'Assessments.AssessmentActualStartDate[0]',
      'Assessments.AssessmentActualStartDate[2]',
      'Assessments.AssessmentAuthorisationDate[0]',
      'Assessments.AssessmentAuthorisationDate[2]',
    ]);
  });
});
