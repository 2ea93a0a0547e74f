import { describe, expect, it } from 'vitest';
import { clock } from './cp-review-first-3m.ts';
import { brief, cpPlan, cpReview, recordWith, run, single } from './testing.ts';

describe('cp-review-first-3m (row 5)', () => {
  it.each([
    ['2023-11-30', '2024-02-29', '30 Nov + 3 months is clamped to 29 Feb in a leap year'],
    ['2024-11-30', '2025-02-28', 'and to 28 Feb otherwise'],
    ['2024-01-31', '2024-04-30', '31 Jan + 3 months is 30 Apr'],
    ['2026-01-15', '2026-04-15', 'bank holidays do not matter to months (Easter 2026 falls inside)'],
  ])('a plan from an ICPC on %s is first reviewed by %s (%s)', (start, due) => {
    expect(single(clock, recordWith({ cpPlans: [cpPlan(start)] }), '2026-12-31').due).toBe(due);
  });

  it.each([
    ['2024-02-28', '2024-02-28', 'met_in_time'],
    ['2024-02-29', '2024-02-29', 'met_in_time'],
    ['2024-03-01', '2024-03-01', 'met_late'],
    ['2024-02-28', null, 'due'],
    ['2024-02-29', null, 'due'],
    ['2024-03-01', null, 'overdue'],
  ])('as at %s, reviewed %s: %s', (asAt, reviewed, state) => {
    const r = recordWith({
      cpPlans: [cpPlan('2023-11-30')],
      cpReviews: reviewed ? [cpReview(reviewed)] : [],
    });
    expect(single(clock, r, asAt).state).toBe(state);
  });

  it('is not applicable when the plan ended before the review fell due', () => {
    const r = recordWith({ cpPlans: [cpPlan('2023-11-30', '2024-01-15')] });
    expect(brief(run(clock, r, '2024-06-01'))).toEqual([['2024-02-29', null, 'not_applicable']]);
  });

  it('is not applicable when the child died before it fell due', () => {
    const r = recordWith({ person: { dateOfDeath: '2024-01-15' }, cpPlans: [cpPlan('2023-11-30')] });
    expect(single(clock, r, '2024-06-01').state).toBe('not_applicable');
  });

  it('does not count a review dated the day of the ICPC', () => {
    const r = recordWith({ cpPlans: [cpPlan('2023-11-30')], cpReviews: [cpReview('2023-11-30')] });
    expect(single(clock, r, '2024-01-01')).toMatchObject({ done: null, state: 'due' });
  });

  it('is not produced before the plan starts', () => {
    expect(run(clock, recordWith({ cpPlans: [cpPlan('2023-11-30')] }), '2023-11-29')).toEqual([]);
  });
});
