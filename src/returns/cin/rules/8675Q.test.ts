import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8675Q.ts';

describe('CIN rule 8675Q (section 47 with no ICPC after 15 working days)', () => {
  it('queries when start + 15 working days is before the reference date (kith convention)', () => {
    // Reference date Mon 31 Mar 2025: Fri 7 Mar + 15 WD = Fri 28 Mar; Mon 10 Mar + 15 WD = 31 Mar.
    expect(
      flagged(versions[0]!, {
        Section47: [
          { S47ActualStartDate: '2025-03-07', DateOfInitialCPC: null, ICPCnotRequired: 'false' },
          { S47ActualStartDate: '2025-03-10', DateOfInitialCPC: null, ICPCnotRequired: 'false' },
          { S47ActualStartDate: '2025-01-07', DateOfInitialCPC: null, ICPCnotRequired: 'true' },
          { S47ActualStartDate: '2025-01-07', DateOfInitialCPC: '2025-01-20', ICPCnotRequired: '0' },
          { S47ActualStartDate: '2025-01-07', DateOfInitialCPC: null, ICPCnotRequired: '0' },
        ],
      }),
    ).toEqual([
      'Section47.DateOfInitialCPC[0]',
      'Section47.DateOfInitialCPC[4]',
      'Section47.ICPCnotRequired[0]',
      'Section47.ICPCnotRequired[4]',
      'Section47.S47ActualStartDate[0]',
      'Section47.S47ActualStartDate[4]',
    ]);
  });
});
