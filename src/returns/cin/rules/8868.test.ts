import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8868.ts';

describe('CIN rule 8868 (closed episode with an unfinished section 47)', () => {
  it('flags an enquiry with neither an ICPC date nor "not required", and one with both', () => {
    expect(
      flagged(versions[0]!, {
        CINdetails: [
          { LAchildID: 'a', CINdetailsID: '1', CINclosureDate: '2024-09-02' },
          { LAchildID: 'b', CINdetailsID: '1', CINclosureDate: '2024-09-02' },
          { LAchildID: 'c', CINdetailsID: '1', CINclosureDate: null },
        ],
        Section47: [
          { LAchildID: 'a', CINdetailsID: '1', DateOfInitialCPC: null, ICPCnotRequired: 'false' },
          { LAchildID: 'a', CINdetailsID: '1', DateOfInitialCPC: null, ICPCnotRequired: 'true' },
          { LAchildID: 'b', CINdetailsID: '1', DateOfInitialCPC: '2024-07-01', ICPCnotRequired: '1' },
          { LAchildID: 'b', CINdetailsID: '1', DateOfInitialCPC: '2024-07-01', ICPCnotRequired: '0' },
          { LAchildID: 'c', CINdetailsID: '1', DateOfInitialCPC: null, ICPCnotRequired: 'false' },
        ],
      }),
    ).toEqual([
      'CINdetails.CINclosureDate[0]',
      'CINdetails.CINclosureDate[1]',
      'Section47.DateOfInitialCPC[0]',
      'Section47.DateOfInitialCPC[2]',
      'Section47.ICPCnotRequired[0]',
      'Section47.ICPCnotRequired[2]',
    ]);
  });
});
