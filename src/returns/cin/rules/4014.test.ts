import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './4014.ts';

const rule = versions[0]!;
const plan = (child: string, start: string | null, end: string | null) => ({
  LAchildID: child,
  CINPlanStartDate: start,
  CINPlanEndDate: end,
});

describe('CIN rule 4014 (overlapping CIN plans)', () => {
  it('flags a plan starting inside another (end day included) and the plan it starts in', () => {
    expect(
      flags(rule, {
        CINplanDates: [
          plan('A', '2024-05-26', '2024-10-26'),
          plan('A', '2024-10-26', '2024-12-26'),
          plan('B', '2024-05-26', '2024-10-25'),
          plan('B', '2024-10-26', '2024-12-26'),
        ],
      }),
    ).toEqual([
      'CINplanDates.CINPlanEndDate[0]',
      'CINplanDates.CINPlanStartDate[0]',
      'CINplanDates.CINPlanStartDate[1]',
    ]);
  });
  it('treats a plan with no end as running to the reference date', () => {
    expect(
      flags(rule, {
        CINplanDates: [
          plan('A', '2024-05-26', null),
          plan('A', '2025-03-31', null),
          plan('B', '2024-05-26', null),
        ],
      }),
    ).toEqual([
      'CINplanDates.CINPlanEndDate[0]',
      'CINplanDates.CINPlanStartDate[0]',
      'CINplanDates.CINPlanStartDate[1]',
    ]);
  });
  it('flags identical plans against each other, but never a plan against itself', () => {
    expect(
      flags(rule, {
        CINplanDates: [
          plan('A', '2024-06-01', '2024-07-01'),
          plan('A', '2024-06-01', '2024-07-01'),
          plan('B', '2024-06-01', '2024-06-01'),
        ],
      }),
    ).toEqual([
      'CINplanDates.CINPlanEndDate[0]',
      'CINplanDates.CINPlanEndDate[1]',
      'CINplanDates.CINPlanStartDate[0]',
      'CINplanDates.CINPlanStartDate[1]',
    ]);
  });
});
