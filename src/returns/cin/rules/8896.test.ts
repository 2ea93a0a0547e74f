import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8896.ts';

describe('CIN rule 8896 (two open assessments in an episode)', () => {
  it('flags the open assessments of an episode with more than one', () => {
    expect(
      flagged(versions[0]!, {
        Assessments: [
          { LAchildID: 'a', CINdetailsID: '1', AssessmentAuthorisationDate: null },
          { LAchildID: 'a', CINdetailsID: '1', AssessmentAuthorisationDate: null },
          { LAchildID: 'a', CINdetailsID: '1', AssessmentAuthorisationDate: '2024-06-03' },
          { LAchildID: 'a', CINdetailsID: '2', AssessmentAuthorisationDate: null },
          { LAchildID: 'b', CINdetailsID: '1', AssessmentAuthorisationDate: null },
        ],
      }),
    ).toEqual(['Assessments.AssessmentAuthorisationDate[0]', 'Assessments.AssessmentAuthorisationDate[1]']);
  });
});
