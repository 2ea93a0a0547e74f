import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8897Q.ts';

describe('CIN rule 8897Q (completed assessment without factors)', () => {
  it('queries missing or invalid factors on assessments authorised from the census year start', () => {
    expect(
      flagged(versions[0]!, {
        Assessments: [
          { AssessmentAuthorisationDate: '2024-04-01', AssessmentFactors: [] },
          { AssessmentAuthorisationDate: '2024-03-31', AssessmentFactors: [] },
          { AssessmentAuthorisationDate: '2024-06-03', AssessmentFactors: ['1A', '99'] },
          { AssessmentAuthorisationDate: '2024-06-03', AssessmentFactors: ['1a', '21'] },
          { AssessmentAuthorisationDate: null, AssessmentFactors: null },
        ],
      }),
    ).toEqual([
      'Assessments.AssessmentAuthorisationDate[0]',
      'Assessments.AssessmentAuthorisationDate[2]',
      'Assessments.AssessmentFactors[0]',
      'Assessments.AssessmentFactors[2]',
    ]);
  });
});
