import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8730.ts';

describe('CIN rule 8730 (number of previous plans)', () => {
  it('flags a missing, negative or non-whole number', () => {
    expect(
      flagged(versions[0]!, {
        ChildProtectionPlans: [
          { NumberOfPreviousCPP: '0' },
          { NumberOfPreviousCPP: '3' },
          { NumberOfPreviousCPP: null },
          { NumberOfPreviousCPP: '-1' },
          { NumberOfPreviousCPP: 'two' },
        ],
      }),
    ).toEqual([
      'ChildProtectionPlans.NumberOfPreviousCPP[2]',
      'ChildProtectionPlans.NumberOfPreviousCPP[3]',
      'ChildProtectionPlans.NumberOfPreviousCPP[4]',
    ]);
  });
});
