import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8910.ts';

describe('CIN rule 8910 (latest category of abuse)', () => {
  it('flags a missing or unknown category', () => {
    expect(
      flagged(versions[0]!, {
        ChildProtectionPlans: [
          { LatestCategoryOfAbuse: 'NEG' },
          { LatestCategoryOfAbuse: 'MUL' },
          { LatestCategoryOfAbuse: null },
          { LatestCategoryOfAbuse: 'ABC' },
        ],
      }),
    ).toEqual([
      'ChildProtectionPlans.LatestCategoryOfAbuse[2]',
      'ChildProtectionPlans.LatestCategoryOfAbuse[3]',
    ]);
  });
});
