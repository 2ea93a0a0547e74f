import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8940.ts';

const p = (child: string, cin: string, start: string, end: string | null) => ({
  LAchildID: child,
  CINdetailsID: cin,
  CPPID: '1',
  CPPstartDate: start,
  CPPendDate: end,
});

describe('CIN rule 8940 (overlapping plans)', () => {
  it('flags a plan starting on or before another plan’s end date', () => {
    expect(
      flagged(versions[0]!, {
        ChildProtectionPlans: [
          p('a', '1', '2024-05-01', '2024-06-03'),
          p('a', '2', '2024-06-03', null),
          p('b', '1', '2024-05-01', '2024-06-03'),
          p('b', '2', '2024-06-04', null),
        ],
      }),
    ).toEqual([
      'ChildProtectionPlans.CPPendDate[0]',
      'ChildProtectionPlans.CPPstartDate[0]',
      'ChildProtectionPlans.CPPstartDate[1]',
    ]);
  });
  it('an open plan runs to the reference date', () => {
    expect(
      flagged(versions[0]!, {
        ChildProtectionPlans: [p('a', '1', '2024-05-01', null), p('a', '2', '2025-03-31', '2025-03-31')],
      }),
    ).toEqual([
      'ChildProtectionPlans.CPPendDate[0]',
      'ChildProtectionPlans.CPPstartDate[0]',
      'ChildProtectionPlans.CPPstartDate[1]',
    ]);
  });
});
