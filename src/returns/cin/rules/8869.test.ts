import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8869.ts';

describe('CIN rule 8869 (factor 21 must stand alone)', () => {
  it('flags an assessment listing 21 with other factors', () => {
    expect(
      flagged(versions[0]!, {
        Assessments: [
          { LAchildID: 'a', CINdetailsID: '1', AssessmentFactors: ['21', '1A'] },
          { LAchildID: 'a', CINdetailsID: '1', AssessmentFactors: ['21'] },
          { LAchildID: 'a', CINdetailsID: '1', AssessmentFactors: ['1A', '2B'] },
        ],
      }),
    ).toEqual(['Assessments.AssessmentFactors[0]']);
  });
  it('with one code per row, flags the other codes of the same assessment', () => {
    expect(
      flagged(versions[0]!, {
        Assessments: [
          {
            LAchildID: 'a',
            CINdetailsID: '1',
            AssessmentAuthorisationDate: '2024-06-03',
            AssessmentFactors: '21',
          },
          {
            LAchildID: 'a',
            CINdetailsID: '1',
            AssessmentAuthorisationDate: '2024-06-03',
            AssessmentFactors: '1A',
          },
          {
            LAchildID: 'a',
            CINdetailsID: '1',
            AssessmentAuthorisationDate: '2024-09-02',
            AssessmentFactors: '2B',
          },
        ],
      }),
    ).toEqual(['Assessments.AssessmentFactors[1]']);
  });
});
