import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8696.ts';

describe('CIN rule 8696 (assessment end date within the census year)', () => {
  it('flags authorisation dates outside 1 Apr 2024 to 31 Mar 2025', () => {
    expect(
      flagged(versions[0]!, {
        Assessments: [
          { AssessmentAuthorisationDate: '2024-03-31' },
          { AssessmentAuthorisationDate: '2024-04-01' },
          { AssessmentAuthorisationDate: '2025-03-31' },
          { AssessmentAuthorisationDate: '2025-04-01' },
          { AssessmentAuthorisationDate: null },
        ],
      }),
    ).toEqual(['Assessments.AssessmentAuthorisationDate[0]', 'Assessments.AssessmentAuthorisationDate[3]']);
  });
});
