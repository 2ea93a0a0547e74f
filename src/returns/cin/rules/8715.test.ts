import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8715.ts';

describe('CIN rule 8715 (ICPC date within the census year)', () => {
  it('flags conference dates outside the census year', () => {
    expect(
      flagged(versions[0]!, {
        Section47: [
          { DateOfInitialCPC: '2024-03-31' },
          { DateOfInitialCPC: '2024-04-01' },
          { DateOfInitialCPC: '2025-03-31' },
          { DateOfInitialCPC: '2025-04-01' },
        ],
      }),
    ).toEqual(['Section47.DateOfInitialCPC[0]', 'Section47.DateOfInitialCPC[3]']);
  });
});
