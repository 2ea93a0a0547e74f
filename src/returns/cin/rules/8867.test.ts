import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8867.ts';

describe('CIN rule 8867 (closed episode with an unfinished assessment)', () => {
  it('flags the closure date and the unauthorised assessment', () => {
    expect(
      flagged(versions[0]!, {
        CINdetails: [
          { LAchildID: 'a', CINdetailsID: '1', CINclosureDate: '2024-09-02' },
          { LAchildID: 'b', CINdetailsID: '1', CINclosureDate: '2024-09-02' },
          { LAchildID: 'c', CINdetailsID: '1', CINclosureDate: null },
        ],
        Assessments: [
          { LAchildID: 'a', CINdetailsID: '1', AssessmentAuthorisationDate: null },
          { LAchildID: 'b', CINdetailsID: '1', AssessmentAuthorisationDate: '2024-08-01' },
          { LAchildID: 'c', CINdetailsID: '1', AssessmentAuthorisationDate: null },
        ],
      }),
    ).toEqual(['Assessments.AssessmentAuthorisationDate[0]', 'CINdetails.CINclosureDate[0]']);
  });
});
