import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8670Q.ts';

describe('CIN rule 8670Q (open assessment older than 45 working days)', () => {
  it('queries an assessment whose 45th working day is on or before the reference date', () => {
    // Reference date Mon 31 Mar 2025: 27 Jan 2025 + 45 working days = 31 Mar 2025 (the reference's
    // off-by-one reading, required by its recorded case); 28 Jan 2025 + 45 = 1 Apr 2025.
    expect(
      flagged(versions[0]!, {
        Assessments: [
          { AssessmentActualStartDate: '2025-01-27', AssessmentAuthorisationDate: null },
          { AssessmentActualStartDate: '2025-01-28', AssessmentAuthorisationDate: null },
          { AssessmentActualStartDate: '2024-06-01', AssessmentAuthorisationDate: '2024-07-01' },
          { AssessmentActualStartDate: null, AssessmentAuthorisationDate: null },
        ],
      }),
    ).toEqual(['Assessments.AssessmentActualStartDate[0]', 'Assessments.AssessmentAuthorisationDate[0]']);
  });
});
