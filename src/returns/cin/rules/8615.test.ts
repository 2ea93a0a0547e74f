import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8615.ts';

describe('CIN rule 8615 (section 47 start on or before the ICPC)', () => {
  it('flags a missing or later start date where there is a conference date', () => {
    expect(
      flagged(versions[0]!, {
        Section47: [
          { S47ActualStartDate: '2024-06-10', DateOfInitialCPC: '2024-06-10' },
          { S47ActualStartDate: '2024-06-11', DateOfInitialCPC: '2024-06-10' },
          { S47ActualStartDate: null, DateOfInitialCPC: '2024-06-10' },
          { S47ActualStartDate: null, DateOfInitialCPC: null },
        ],
      }),
    ).toEqual([
      'Section47.DateOfInitialCPC[1]',
      'Section47.DateOfInitialCPC[2]',
      'Section47.S47ActualStartDate[1]',
      'Section47.S47ActualStartDate[2]',
    ]);
  });
});
