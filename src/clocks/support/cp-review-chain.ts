/**
 * Rows 5-6 as one chain per child protection plan: the first review conference within 3 months of the
 * ICPC that started the plan, then each one within 6 months of the previous review actually held, while
 * the plan lasts. The plan's start date is the ICPC date (CIN census CPPstartDate). Split into two clocks
 * (cp-review-first-3m, cp-review-6m) so the first review can be reported on its own.
 */
import { addMonths, type IsoDate } from '../../core/day.ts';
import type { ChildRecord, Obligation } from '../../record/facts.ts';
import { earliest } from '../obligation.ts';
import { chain } from './chain.ts';
import { memo } from './memo.ts';

export const CP_REVIEW_FIRST = 'cp-review-first-3m';
export const CP_REVIEW_LATER = 'cp-review-6m';

export function cpReviewChain(record: ChildRecord, asAt: IsoDate): Obligation[] {
  return memo(record, asAt, 'cpReviewChain', () => compute(record, asAt));
}

function compute(record: ChildRecord, asAt: IsoDate): Obligation[] {
  return record.cpPlans.flatMap((plan) =>
    chain({
      start: plan.startDate,
      events: record.cpReviews.filter((r) => r.cpPlanId === plan.id).map((r) => r.date),
      step: (n, from) =>
        n === 0
          ? {
              kind: CP_REVIEW_FIRST,
              due: addMonths(from, 3),
              label: 'First child protection review (3 months)',
            }
          : { kind: CP_REVIEW_LATER, due: addMonths(from, 6), label: 'Child protection review (6 months)' },
      subjectId: plan.id,
      asAt,
      ceased: earliest(plan.endDate, record.person.dateOfDeath),
      // The ICPC itself is not a review, even when a review is (wrongly) dated the same day.
      firstOnStartDay: false,
    }),
  );
}
