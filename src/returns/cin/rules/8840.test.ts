import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8840.ts';

describe('CIN rule 8840 (plan starts and ends the same day)', () => {
  it('flags a same-day plan only', () => {
    expect(
      flagged(versions[0]!, {
        ChildProtectionPlans: [
          { CPPstartDate: '2024-06-03', CPPendDate: '2024-06-03' },
          { CPPstartDate: '2024-06-03', CPPendDate: '2024-06-04' },
          { CPPstartDate: null, CPPendDate: null },
        ],
      }),
    ).toEqual(['ChildProtectionPlans.CPPendDate[0]', 'ChildProtectionPlans.CPPstartDate[0]']);
  });
});
