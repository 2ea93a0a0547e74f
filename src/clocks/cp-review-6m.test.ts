import { describe, expect, it } from 'vitest';
import { clock } from './cp-review-6m.ts';
import { brief, cpPlan, cpReview, newId, recordWith, run } from './testing.ts';

describe('cp-review-6m (row 6)', () => {
  it('runs 6 months from each review actually held, and stops at one overdue', () => {
    const r = recordWith({
      cpPlans: [cpPlan('2023-11-30')],
      cpReviews: [cpReview('2024-03-05'), cpReview('2024-08-31'), cpReview('2025-03-10')],
    });
    expect(brief(run(clock, r, '2026-01-01'))).toEqual([
      ['2024-09-05', '2024-08-31', 'met_in_time'], // the first review was late: 6 months from 5 Mar
      ['2025-02-28', '2025-03-10', 'met_late'], // 31 Aug + 6 months, clamped to 28 Feb
      ['2025-09-10', null, 'overdue'],
    ]);
  });

  it('appears only once the first review is held', () => {
    expect(run(clock, recordWith({ cpPlans: [cpPlan('2023-11-30')] }), '2026-01-01')).toEqual([]);
  });

  it.each([
    ['2024-08-29', 'due'],
    ['2024-08-30', 'overdue'],
  ])('due 29 Aug 2024 after a review on 29 Feb: as at %s it is %s', (asAt, state) => {
    const r = recordWith({ cpPlans: [cpPlan('2023-11-30')], cpReviews: [cpReview('2024-02-29')] });
    expect(brief(run(clock, r, asAt))).toEqual([['2024-08-29', null, state]]);
  });

  it('is not applicable when the plan ended before the next review fell due', () => {
    const r = recordWith({
      cpPlans: [cpPlan('2023-11-30', '2024-06-01')],
      cpReviews: [cpReview('2024-02-29')],
    });
    expect(brief(run(clock, r, '2025-01-01'))).toEqual([['2024-08-29', null, 'not_applicable']]);
  });

  it("ignores another plan's reviews", () => {
    const r = recordWith({
      cpPlans: [cpPlan('2023-11-30')],
      cpReviews: [cpReview('2024-02-29'), cpReview('2024-05-01', newId())],
    });
    expect(brief(run(clock, r, '2024-06-01'))).toEqual([['2024-08-29', null, 'due']]);
  });
});
