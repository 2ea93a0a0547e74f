import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8930.ts';

describe('CIN rule 8930 (plan end date within the census year)', () => {
  it('flags end dates outside the census year', () => {
    expect(
      flagged(versions[0]!, {
        ChildProtectionPlans: [
          { CPPendDate: '2024-03-31' },
          { CPPendDate: '2024-04-01' },
          { CPPendDate: '2025-03-31' },
          { CPPendDate: '2025-04-01' },
          { CPPendDate: null },
        ],
      }),
    ).toEqual(['ChildProtectionPlans.CPPendDate[0]', 'ChildProtectionPlans.CPPendDate[3]']);
  });
});
