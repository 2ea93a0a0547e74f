import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8905.ts';

describe('CIN rule 8905 (initial category of abuse)', () => {
  it('flags a missing or unknown category', () => {
    expect(
      flagged(versions[0]!, {
        ChildProtectionPlans: [
          { InitialCategoryOfAbuse: 'NEG' },
          { InitialCategoryOfAbuse: 'MUL' },
          { InitialCategoryOfAbuse: null },
          { InitialCategoryOfAbuse: 'ABC' },
        ],
      }),
    ).toEqual([
      'ChildProtectionPlans.InitialCategoryOfAbuse[2]',
      'ChildProtectionPlans.InitialCategoryOfAbuse[3]',
    ]);
  });
});
