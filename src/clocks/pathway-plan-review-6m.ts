/**
 * Row 24: the pathway plan reviewed at least every 6 months from the first plan, each interval from the
 * previous review (or re-written plan) actually recorded. The duty is taken to end at the 21st birthday:
 * support to 25 is on request, and the record does not yet hold that request.
 */
import { addMonths, addYears } from '../core/day.ts';
import type { Clock } from './clock.ts';
import { earliest } from './obligation.ts';
import { chain } from './support/chain.ts';

export const clock: Clock = {
  id: 'pathway-plan-review-6m',
  title: 'Pathway plan reviewed every 6 months',
  source:
    'timescales.md row 24; CPPCR 2010 reg 44 (eligible children); Care Leavers (England) Regulations 2010',
  basis: 'S',
  evaluate(record, asAt) {
    const plans = record.pathwayPlans
      .filter((p) => p.kind === 'plan' || p.kind === 'review')
      .map((p) => p.date);
    const first = record.pathwayPlans
      .filter((p) => p.kind === 'plan')
      .map((p) => p.date)
      .sort()[0];
    if (first === undefined) return [];
    const dob = record.person.dateOfBirth;
    return chain({
      start: first,
      events: plans,
      step: (_, from) => ({
        kind: clock.id,
        due: addMonths(from, 6),
        label: 'Pathway plan review (6 months)',
      }),
      subjectId: null,
      asAt,
      ceased: earliest(record.person.dateOfDeath, dob ? addYears(dob, 21) : null),
      firstOnStartDay: false,
    });
  },
};
