import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8875.ts';

describe('CIN rule 8875 (ICPC on a weekend)', () => {
  it('flags a Saturday or Sunday conference, not a Friday or a bank holiday Monday', () => {
    expect(
      flagged(versions[0]!, {
        Section47: [
          { DateOfInitialCPC: '2024-05-03' },
          { DateOfInitialCPC: '2024-05-04' },
          { DateOfInitialCPC: '2024-05-05' },
          { DateOfInitialCPC: '2024-05-06' },
          { DateOfInitialCPC: null },
        ],
      }),
    ).toEqual(['Section47.DateOfInitialCPC[1]', 'Section47.DateOfInitialCPC[2]']);
  });
  it('needs the Section47 table', () => {
    expect(flagged(versions[0]!, {})).toBeUndefined();
  });
});
