import { describe, expect, it } from 'vitest';
import { clock } from './cp-review-pre-birth.ts';
import { cpPlan, cpReview, recordWith, run, single } from './testing.ts';

describe('cp-review-pre-birth (row 6a, local)', () => {
  const plan = cpPlan('2024-04-01'); // ICPC before the birth; 3 months = 1 Jul 2024

  it.each([
    [10, '2024-05-24', 'Fri 10 May + 10 working days'],
    [20, '2024-06-10', '+ 20 working days, skipping the spring bank holiday on 27 May'],
    [60, '2024-07-01', '3 months after the ICPC is sooner'],
  ])('with %s working days the review is due %s (%s)', (n, due) => {
    const r = recordWith({ person: { dateOfBirth: '2024-05-10' }, cpPlans: [plan] });
    expect(single(clock, r, '2024-12-31', { preBirthReviewWorkingDays: n })).toMatchObject({
      start: '2024-05-10',
      due,
    });
  });

  it.each([
    ['2024-05-24', 'met_in_time'],
    ['2024-05-28', 'met_late'],
  ])('a review on %s is %s; one before the birth does not count', (date, state) => {
    const r = recordWith({
      person: { dateOfBirth: '2024-05-10' },
      cpPlans: [plan],
      cpReviews: [cpReview('2024-05-01'), cpReview(date)],
    });
    expect(single(clock, r, '2024-12-31')).toMatchObject({ done: date, state });
  });

  it.each([
    ['the plan started after the birth', '2024-03-01', '2024-04-01'],
    ['the baby is not born yet', null, '2024-04-01'],
    ['the 3-month review fell due before the birth', '2024-07-05', '2024-04-01'],
  ])('yields nothing when %s', (_, dob, start) => {
    const r = recordWith({
      person: { dateOfBirth: dob, expectedDateOfBirth: '2024-07-05' },
      cpPlans: [cpPlan(start)],
    });
    expect(run(clock, r, '2024-12-31')).toEqual([]);
  });

  it('is not applicable when the plan ended before the review fell due', () => {
    const r = recordWith({
      person: { dateOfBirth: '2024-05-10' },
      cpPlans: [cpPlan('2024-04-01', '2024-05-15')],
    });
    expect(single(clock, r, '2024-12-31').state).toBe('not_applicable');
  });
});
