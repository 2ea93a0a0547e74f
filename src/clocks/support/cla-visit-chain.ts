/**
 * Rows 13-15 as one chain per PLACEMENT (CPPCR reg 28(2)): a visit by the child's social worker within
 * 1 week of the start of any placement; then at most 6 weeks apart in the placement's first year; after
 * it, at most 3 months apart where the placement is long-term (careEpisode.longTermFoster: intended to
 * last until 18), otherwise 6 weeks. Every placement change restarts the cycle; a legal-status change
 * alone does not. Which interval applies is decided by the date of the previous visit: a visit inside
 * the first year is followed by a 6-week interval even if the next one falls after the anniversary
 * (the stricter reading). Placements that are short breaks get one not-applicable obligation, because
 * reg 48 replaces reg 28(2) with intervals agreed with the IRO. Only 'cla' visits where the child was
 * seen count.
 */
import { addMonths, addWeeks, addYears, type IsoDate } from '../../core/day.ts';
import type { ChildRecord, Obligation } from '../../record/facts.ts';
import { earliest, obligation } from '../obligation.ts';
import { episodeOn, periodsOfCare } from './care.ts';
import { chain } from './chain.ts';
import { memo } from './memo.ts';

export const CLA_VISIT_NEW = 'cla-visit-new-placement-1w';
export const CLA_VISIT_FIRST_YEAR = 'cla-visit-first-year-6w';
export const CLA_VISIT_LATER = 'cla-visit-after-first-year';

const NEW_LABEL = 'Visit within 1 week of a new placement';

export function claVisitChain(record: ChildRecord, asAt: IsoDate): Obligation[] {
  return memo(record, asAt, 'claVisitChain', () => compute(record, asAt));
}

function compute(record: ChildRecord, asAt: IsoDate): Obligation[] {
  const out: Obligation[] = [];
  const died = record.person.dateOfDeath;
  const seen = record.visits.filter((v) => v.kind === 'cla' && v.seen).map((v) => v.date);
  for (const period of periodsOfCare(record, asAt)) {
    for (const placement of period.placements) {
      const subjectId = placement.id;
      if (placement.shortBreak) {
        out.push(
          obligation({
            kind: CLA_VISIT_NEW,
            subjectId,
            start: placement.start,
            due: addWeeks(placement.start, 1),
            done: null,
            asAt,
            notApplicable: true,
            label: `${NEW_LABEL}: not applicable, short breaks (visits as agreed with the IRO, CPPCR reg 48)`,
          }),
        );
        continue;
      }
      const firstYearEnds = addYears(placement.start, 1);
      out.push(
        ...chain({
          start: placement.start,
          events: seen,
          step: (n, from) => {
            if (n === 0) return { kind: CLA_VISIT_NEW, due: addWeeks(from, 1), label: NEW_LABEL };
            if (from < firstYearEnds) {
              return {
                kind: CLA_VISIT_FIRST_YEAR,
                due: addWeeks(from, 6),
                label: 'Visit within 6 weeks (first year of the placement)',
              };
            }
            const longTerm = episodeOn(placement.episodes, from)?.longTermFoster ?? false;
            return longTerm
              ? {
                  kind: CLA_VISIT_LATER,
                  due: addMonths(from, 3),
                  label: 'Visit within 3 months (long-term placement)',
                }
              : {
                  kind: CLA_VISIT_LATER,
                  due: addWeeks(from, 6),
                  label: 'Visit within 6 weeks (after the first year)',
                };
          },
          subjectId,
          asAt,
          ceased: earliest(placement.end, died),
        }),
      );
    }
  }
  return out;
}
