import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8890.ts';

const s = (cin: string, start: string, icpc: string | null, notRequired: string | null) => ({
  LAchildID: 'a',
  CINdetailsID: cin,
  S47ActualStartDate: start,
  DateOfInitialCPC: icpc,
  ICPCnotRequired: notRequired,
});

describe('CIN rule 8890 (section 47 starts while another is ongoing)', () => {
  it('flags a start on or before the other enquiry’s conference date', () => {
    expect(
      flagged(versions[0]!, {
        Section47: [
          s('1', '2024-05-01', '2024-05-20', 'false'),
          s('1', '2024-05-20', '2024-06-10', 'false'),
          s('2', '2024-05-01', '2024-05-20', 'false'),
          s('2', '2024-05-21', null, 'false'),
        ],
      }),
    ).toEqual([
      'Section47.DateOfInitialCPC[0]',
      'Section47.S47ActualStartDate[0]',
      'Section47.S47ActualStartDate[1]',
    ]);
  });
  it('an enquiry without ICPC runs to the reference date unless the ICPC is not required', () => {
    expect(
      flagged(versions[0]!, {
        Section47: [
          s('1', '2024-05-01', null, 'false'),
          s('1', '2024-09-01', '2024-09-20', 'false'),
          s('2', '2024-05-01', null, 'true'),
          s('2', '2024-09-01', '2024-09-20', 'false'),
        ],
      }),
    ).toEqual([
      'Section47.DateOfInitialCPC[0]',
      'Section47.S47ActualStartDate[0]',
      'Section47.S47ActualStartDate[1]',
    ]);
  });
});
