import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8925.ts';

describe('CIN rule 8925 (plan ends before it starts)', () => {
  it('flags an end date the day before the start, not the same day', () => {
    expect(
      flagged(versions[0]!, {
        ChildProtectionPlans: [
          { CPPstartDate: '2024-06-03', CPPendDate: '2024-06-02' },
          { CPPstartDate: '2024-06-03', CPPendDate: '2024-06-03' },
          { CPPstartDate: '2024-06-03', CPPendDate: null },
        ],
      }),
    ).toEqual(['ChildProtectionPlans.CPPendDate[0]', 'ChildProtectionPlans.CPPstartDate[0]']);
  });
});
