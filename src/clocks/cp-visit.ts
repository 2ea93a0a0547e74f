/**
 * Row 8 (local): a child on a child protection plan seen by the social worker within the council's
 * interval (ClockSettings.cpVisitWorkingDays, default 10 working days) of the plan start, then of each
 * visit. Only visits recorded as 'cp' at which the child was seen count.
 */
import { addWorkingDays } from '../core/working-days.ts';
import type { Clock } from './clock.ts';
import { earliest } from './obligation.ts';
import { chain } from './support/chain.ts';

export const clock: Clock = {
  id: 'cp-visit',
  title: 'Child protection visits at the local interval',
  source:
    'timescales.md row 8; no national figure in Working Together; local interval (commonly 10 working days)',
  basis: 'L',
  evaluate(record, asAt, settings) {
    const n = settings.cpVisitWorkingDays;
    const seen = record.visits.filter((v) => v.kind === 'cp' && v.seen).map((v) => v.date);
    return record.cpPlans.flatMap((plan) =>
      chain({
        start: plan.startDate,
        events: seen,
        step: (_, from) => ({
          kind: clock.id,
          due: addWorkingDays(from, n),
          label: `Child protection visit, child seen (every ${n} working days, local)`,
        }),
        subjectId: plan.id,
        asAt,
        ceased: earliest(plan.endDate, record.person.dateOfDeath),
      }),
    );
  },
};
