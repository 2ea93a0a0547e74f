/**
 * Row 23: the needs assessment of an eligible child completed by 16 years 3 months (or 3 months after
 * becoming eligible, if later). A pathway plan recorded also meets it, as the plan cannot be made
 * without the assessment and some councils record only the plan.
 */
import type { Clock } from './clock.ts';
import { obligation } from './obligation.ts';
import { leavingCareClock } from './support/eligible.ts';

export const clock: Clock = {
  id: 'pathway-needs-assessment-16y3m',
  title: 'Needs assessment of an eligible child by 16 years 3 months',
  source: 'timescales.md row 23; CPPCR 2010 regs 40-43 (reg 42(1): 3 months after 16 or eligibility)',
  basis: 'S',
  evaluate(record, asAt) {
    const c = leavingCareClock(record, asAt);
    if (c === null) return [];
    const done = record.pathwayPlans
      .filter((p) => p.kind === 'needs_assessment' || p.kind === 'plan')
      .map((p) => p.date)
      .sort()[0];
    return [
      obligation({
        kind: clock.id,
        subjectId: null,
        start: c.start,
        due: c.due,
        done: done ?? null,
        asAt,
        ceased: record.person.dateOfDeath,
        label: 'Needs assessment by 16 years 3 months (or 3 months after becoming eligible)',
      }),
    ];
  },
};
