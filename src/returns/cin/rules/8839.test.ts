import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8839.ts';

describe('CIN rule 8839 (two open section 47 enquiries in an episode)', () => {
  it('flags the open enquiries when an episode has more than one', () => {
    expect(
      flagged(versions[0]!, {
        Section47: [
          { LAchildID: 'a', CINdetailsID: '1', DateOfInitialCPC: null, ICPCnotRequired: 'false' },
          { LAchildID: 'a', CINdetailsID: '1', DateOfInitialCPC: null, ICPCnotRequired: null },
          { LAchildID: 'a', CINdetailsID: '2', DateOfInitialCPC: null, ICPCnotRequired: 'false' },
          { LAchildID: 'b', CINdetailsID: '1', DateOfInitialCPC: null, ICPCnotRequired: 'false' },
          { LAchildID: 'b', CINdetailsID: '1', DateOfInitialCPC: null, ICPCnotRequired: 'true' },
          { LAchildID: 'b', CINdetailsID: '1', DateOfInitialCPC: '2024-06-03', ICPCnotRequired: '0' },
        ],
      }),
    ).toEqual(['Section47.DateOfInitialCPC[0]', 'Section47.DateOfInitialCPC[1]']);
  });
});
