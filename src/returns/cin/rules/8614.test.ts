import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8614.ts';

describe('CIN rule 8614 (factors only on a completed assessment)', () => {
  it('flags factors on an assessment with no authorisation date', () => {
    expect(
      flagged(versions[0]!, {
        Assessments: [
          { AssessmentAuthorisationDate: null, AssessmentFactors: ['1A', '2B'] },
          { AssessmentAuthorisationDate: '2024-06-01', AssessmentFactors: ['1A'] },
          { AssessmentAuthorisationDate: null, AssessmentFactors: [] },
          { AssessmentAuthorisationDate: 'not a date', AssessmentFactors: ['21'] },
        ],
      }),
    ).toEqual([
      'Assessments.AssessmentAuthorisationDate[0]',
      'Assessments.AssessmentAuthorisationDate[3]',
      'Assessments.AssessmentFactors[0]',
      'Assessments.AssessmentFactors[3]',
    ]);
  });
});
