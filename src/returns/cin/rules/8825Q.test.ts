import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8825Q.ts';

describe('CIN rule 8825Q (RC8/RC9 without an assessment)', () => {
  it('queries an RC8 or RC9 episode with no assessment in that episode', () => {
    expect(
      flagged(versions[0]!, {
        CINdetails: [
          { LAchildID: 'a', CINdetailsID: '1', ReasonForClosure: 'RC8' },
          { LAchildID: 'a', CINdetailsID: '2', ReasonForClosure: 'RC9' },
          { LAchildID: 'b', CINdetailsID: '1', ReasonForClosure: 'RC7' },
        ],
        Assessments: [{ LAchildID: 'a', CINdetailsID: '1' }],
      }),
    ).toEqual(['CINdetails.ReasonForClosure[1]']);
  });
  it('needs the Assessments table', () => {
    expect(flagged(versions[0]!, { CINdetails: [] })).toBeUndefined();
  });
});
