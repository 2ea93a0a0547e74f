import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8740.ts';

describe('CIN rule 8740 (open section 47 started within the census year)', () => {
  it('flags an enquiry without ICPC that started before the year', () => {
    expect(
      flagged(versions[0]!, {
        Section47: [
          { S47ActualStartDate: '2024-03-31', DateOfInitialCPC: null, ICPCnotRequired: 'false' },
          { S47ActualStartDate: '2024-04-01', DateOfInitialCPC: null, ICPCnotRequired: 'false' },
          { S47ActualStartDate: '2024-03-31', DateOfInitialCPC: null, ICPCnotRequired: 'true' },
          { S47ActualStartDate: '2024-03-31', DateOfInitialCPC: '2024-04-10', ICPCnotRequired: 'false' },
        ],
      }),
    ).toEqual([
      'Section47.DateOfInitialCPC[0]',
      'Section47.ICPCnotRequired[0]',
      'Section47.S47ActualStartDate[0]',
    ]);
  });
});
