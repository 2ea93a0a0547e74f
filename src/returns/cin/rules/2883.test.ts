import { describe, expect, it } from 'vitest';
import { laFlag } from '../lib/testing-a.ts';
import { versions } from './2883.ts';

const rule = versions[0]!;

describe('CIN rule 2883 (more plans than initial conferences)', () => {
  it('fires when plans starting in the year outnumber conferences in the year', () => {
    expect(
      laFlag(rule, {
        ChildProtectionPlans: [{ CPPstartDate: '2024-04-01' }, { CPPstartDate: '2025-03-31' }],
        CINdetails: [{ DateOfInitialCPC: '2024-04-01' }],
        Section47: [{ DateOfInitialCPC: '2024-03-31' }],
      }),
    ).toBe(true);
  });
  it('counts conferences on both modules, and only dates inside the census year', () => {
    expect(
      laFlag(rule, {
        ChildProtectionPlans: [
          { CPPstartDate: '2024-04-01' },
          { CPPstartDate: '2025-03-31' },
          { CPPstartDate: '2024-03-31' },
          { CPPstartDate: null },
        ],
        CINdetails: [{ DateOfInitialCPC: '2024-04-01' }, { DateOfInitialCPC: null }],
        Section47: [{ DateOfInitialCPC: '2025-03-31' }],
      }),
    ).toBe(false);
  });
  it('needs all three tables', () => {
    expect(laFlag(rule, { ChildProtectionPlans: [], CINdetails: [] })).toBeUndefined();
  });
});
