/**
 * Rows 10-12 as one chain per PERIOD of care: the first review within 20 working days of becoming looked
 * after, the second within 3 months of the first, then each within 6 months of the previous review held
 * (CPPCR reg 33). A change of placement or legal status inside the period does not restart the cycle; a
 * new period after a gap does. A period of short breaks only gets one not-applicable obligation: reg 48
 * replaces reg 33 for those children (first review at 3 months, then 6-monthly, with the IRO), and the
 * standard rule must not fire for them.
 */
import { addMonths, type IsoDate } from '../../core/day.ts';
import { addWorkingDays } from '../../core/working-days.ts';
import type { ChildRecord, Obligation } from '../../record/facts.ts';
import { earliest, obligation } from '../obligation.ts';
import { periodsOfCare } from './care.ts';
import { chain } from './chain.ts';
import { memo } from './memo.ts';

export const CLA_REVIEW_FIRST = 'cla-review-first-20wd';
export const CLA_REVIEW_SECOND = 'cla-review-second-3m';
export const CLA_REVIEW_LATER = 'cla-review-6m';

const FIRST_LABEL = 'First looked-after review (20 working days)';

export function claReviewChain(record: ChildRecord, asAt: IsoDate): Obligation[] {
  return memo(record, asAt, 'claReviewChain', () => compute(record, asAt));
}

function compute(record: ChildRecord, asAt: IsoDate): Obligation[] {
  const out: Obligation[] = [];
  const died = record.person.dateOfDeath;
  for (const period of periodsOfCare(record, asAt)) {
    if (period.clockStart === null) {
      out.push(
        obligation({
          kind: CLA_REVIEW_FIRST,
          subjectId: period.id,
          start: period.start,
          due: addWorkingDays(period.start, 20),
          done: null,
          asAt,
          notApplicable: true,
          label: `${FIRST_LABEL}: not applicable, short breaks (CPPCR reg 48)`,
        }),
      );
      continue;
    }
    const start = period.clockStart;
    const end = period.end;
    out.push(
      ...chain({
        start,
        events: record.claReviews.map((r) => r.date).filter((d) => end === null || d <= end),
        step: (n, from) => {
          if (n === 0) return { kind: CLA_REVIEW_FIRST, due: addWorkingDays(from, 20), label: FIRST_LABEL };
          if (n === 1) {
            return {
              kind: CLA_REVIEW_SECOND,
              due: addMonths(from, 3),
              label: 'Second looked-after review (3 months)',
            };
          }
          return { kind: CLA_REVIEW_LATER, due: addMonths(from, 6), label: 'Looked-after review (6 months)' };
        },
        subjectId: period.id,
        asAt,
        ceased: earliest(end, died),
        // Becoming looked after is not a review, even if a review is dated that day.
        firstOnStartDay: false,
      }),
    );
  }
  return out;
}
