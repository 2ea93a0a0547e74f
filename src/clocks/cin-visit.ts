/**
 * Row 9 (local): a child on a child in need plan seen within the council's interval
 * (ClockSettings.cinVisitDays, calendar days, default 42) of the plan start, then of each visit. Only
 * visits recorded as 'cin' at which the child was seen count.
 */
import { addDays } from '../core/day.ts';
import type { Clock } from './clock.ts';
import { earliest } from './obligation.ts';
import { chain } from './support/chain.ts';

export const clock: Clock = {
  id: 'cin-visit',
  title: 'Child in need visits at the local interval',
  source: 'timescales.md row 9; Working Together sets no figure; local interval (commonly 4 to 6 weeks)',
  basis: 'L',
  evaluate(record, asAt, settings) {
    const days = settings.cinVisitDays;
    const seen = record.visits.filter((v) => v.kind === 'cin' && v.seen).map((v) => v.date);
    return record.cinPlans.flatMap((plan) =>
      chain({
        start: plan.startDate,
        events: seen,
        step: (_, from) => ({
          kind: clock.id,
          due: addDays(from, days),
          label: `Child in need visit, child seen (every ${days} days, local)`,
        }),
        subjectId: plan.id,
        asAt,
        ceased: earliest(plan.endDate, record.person.dateOfDeath),
      }),
    );
  },
};
