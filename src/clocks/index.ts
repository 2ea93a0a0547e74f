/**
 * Every statutory clock, in the order of timescales.md, and the one entry point the store and the demo
 * call: evaluate all of them for one child as at a date.
 */
import type { IsoDate } from '../core/day.ts';
import type { ChildRecord, Obligation } from '../record/facts.ts';
import { clock as adoptionEntryToPlaced426d } from './adoption-entry-to-placed-426d.ts';
import { clock as adoptionOrderToMatch121d } from './adoption-order-to-match-121d.ts';
import { clock as assessment45wd } from './assessment-45wd.ts';
import { clock as assessment45wdDfe } from './assessment-45wd-dfe.ts';
import { clock as careLeaverBirthdayContact } from './care-leaver-birthday-contact.ts';
import { clock as cinVisit } from './cin-visit.ts';
import { clock as claReview6m } from './cla-review-6m.ts';
import { clock as claReviewFirst20wd } from './cla-review-first-20wd.ts';
import { clock as claReviewSecond3m } from './cla-review-second-3m.ts';
import { clock as claVisitAfterFirstYear } from './cla-visit-after-first-year.ts';
import { clock as claVisitFirstYear6w } from './cla-visit-first-year-6w.ts';
import { clock as claVisitNewPlacement1w } from './cla-visit-new-placement-1w.ts';
import { type Clock, type ClockSettings, DEFAULT_CLOCK_SETTINGS } from './clock.ts';
import { clock as contactDecision1wd } from './contact-decision-1wd.ts';
import { clock as coreGroupFirst10wd } from './core-group-first-10wd.ts';
import { clock as coreGroupInterval } from './core-group-interval.ts';
import { clock as cpReview6m } from './cp-review-6m.ts';
import { clock as cpReviewFirst3m } from './cp-review-first-3m.ts';
import { clock as cpReviewPreBirth } from './cp-review-pre-birth.ts';
import { clock as cpVisit } from './cp-visit.ts';
import { clock as dental12m } from './dental-12m.ts';
import { clock as icpc15wd } from './icpc-15wd.ts';
import { clock as icpc15wdDfe } from './icpc-15wd-dfe.ts';
import { clock as iha20wd } from './iha-20wd.ts';
import { clock as immunisationsAnnual } from './immunisations-annual.ts';
import { clock as pathwayNeedsAssessment16y3m } from './pathway-needs-assessment-16y3m.ts';
import { clock as pathwayPlan16y3m } from './pathway-plan-16y3m.ts';
import { clock as pathwayPlanReview6m } from './pathway-plan-review-6m.ts';
import { clock as pepInitial20wd } from './pep-initial-20wd.ts';
import { clock as pepReviewTermly } from './pep-review-termly.ts';
import { clock as personalAdviser16y3m } from './personal-adviser-16y3m.ts';
import { clock as rha } from './rha.ts';
import { clock as sdq12m } from './sdq-12m.ts';
import { clock as strategyDiscussion } from './strategy-discussion.ts';
import { withMemo } from './support/memo.ts';

/** Every clock, in timescales.md row order. */
export const ALL_CLOCKS: readonly Clock[] = [
  contactDecision1wd,
  strategyDiscussion,
  assessment45wd,
  assessment45wdDfe,
  icpc15wd,
  icpc15wdDfe,
  cpReviewFirst3m,
  cpReview6m,
  cpReviewPreBirth,
  coreGroupFirst10wd,
  coreGroupInterval,
  cpVisit,
  cinVisit,
  claReviewFirst20wd,
  claReviewSecond3m,
  claReview6m,
  claVisitNewPlacement1w,
  claVisitFirstYear6w,
  claVisitAfterFirstYear,
  iha20wd,
  rha,
  dental12m,
  immunisationsAnnual,
  sdq12m,
  pepInitial20wd,
  pepReviewTermly,
  pathwayNeedsAssessment16y3m,
  pathwayPlan16y3m,
  pathwayPlanReview6m,
  personalAdviser16y3m,
  careLeaverBirthdayContact,
  adoptionEntryToPlaced426d,
  adoptionOrderToMatch121d,
];

/**
 * Every obligation for one child as at `asAt`, clock by clock in ALL_CLOCKS order. Pure: the same record,
 * date and settings always give the same list, so stored obligations can be recomputed at will.
 */
export function evaluateClocks(
  record: ChildRecord,
  asAt: IsoDate,
  settings: ClockSettings = DEFAULT_CLOCK_SETTINGS,
): Obligation[] {
  return withMemo(record, asAt, () => {
    const out: Obligation[] = [];
    for (const c of ALL_CLOCKS) {
      // A clock that started after asAt has nothing to say yet (each clock also checks this itself).
      for (const o of c.evaluate(record, asAt, settings)) if (o.start <= asAt) out.push(o);
    }
    return out;
  });
}
