import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8873Q.ts';

describe('CIN rule 8873Q (single "no factors" assessment should close RC8/RC9)', () => {
  it('queries an episode whose only assessment has factor 21 and another closure reason', () => {
    expect(
      flagged(versions[0]!, {
        Assessments: [
          { LAchildID: 'a', CINdetailsID: '1', AssessmentFactors: ['21'] },
          { LAchildID: 'a', CINdetailsID: '2', AssessmentFactors: ['21'] },
          { LAchildID: 'a', CINdetailsID: '3', AssessmentFactors: ['21'] },
          { LAchildID: 'a', CINdetailsID: '3', AssessmentFactors: ['1A'] },
          { LAchildID: 'a', CINdetailsID: '4', AssessmentFactors: ['1A'] },
        ],
        CINdetails: [
          { LAchildID: 'a', CINdetailsID: '1', ReasonForClosure: 'RC7' },
          { LAchildID: 'a', CINdetailsID: '2', ReasonForClosure: 'RC9' },
          { LAchildID: 'a', CINdetailsID: '3', ReasonForClosure: 'RC7' },
          { LAchildID: 'a', CINdetailsID: '4', ReasonForClosure: 'RC7' },
        ],
      }),
    ).toEqual(['Assessments.AssessmentFactors[0]', 'CINdetails.ReasonForClosure[0]']);
  });
});
