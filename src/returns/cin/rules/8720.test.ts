import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8720.ts';

describe('CIN rule 8720 (plan start date present and not after the reference date)', () => {
  it('flags a missing start date or one after the reference date, not an earlier year', () => {
    expect(
      flagged(versions[0]!, {
        ChildProtectionPlans: [
          { CPPID: '1', CPPstartDate: '2023-01-01' },
          { CPPID: '1', CPPstartDate: '2025-03-31' },
          { CPPID: '1', CPPstartDate: '2025-04-01' },
          { CPPID: '2', CPPstartDate: null },
        ],
      }),
    ).toEqual(['ChildProtectionPlans.CPPstartDate[2]', 'ChildProtectionPlans.CPPstartDate[3]']);
  });
});
