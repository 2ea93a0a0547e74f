import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './8608.ts';

const rule = versions[0]!;

describe('CIN rule 8608 (assessment start after its end)', () => {
  it('flags a start the day after authorisation, not on the day', () => {
    expect(
      flags(rule, {
        Assessments: [
          { AssessmentActualStartDate: '2024-06-11', AssessmentAuthorisationDate: '2024-06-10' },
          { AssessmentActualStartDate: '2024-06-10', AssessmentAuthorisationDate: '2024-06-10' },
          { AssessmentActualStartDate: '2024-06-11', AssessmentAuthorisationDate: null },
        ],
      }),
    ).toEqual(['Assessments.AssessmentActualStartDate[0]', 'Assessments.AssessmentAuthorisationDate[0]']);
  });
});
