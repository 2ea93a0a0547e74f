/**
 * Row 23: the pathway plan of an eligible child, prepared "as soon as possible" after the needs assessment;
 * timescales.md expects it recorded by the same date (16 years 3 months, or 3 months after eligibility).
 */
import type { Clock } from './clock.ts';
import { obligation } from './obligation.ts';
import { leavingCareClock } from './support/eligible.ts';

export const clock: Clock = {
  id: 'pathway-plan-16y3m',
  title: 'Pathway plan of an eligible child by 16 years 3 months',
  source: 'timescales.md row 23; CPPCR 2010 regs 42-43; Children Act 1989 Sch.2 para 19B',
  basis: 'S',
  evaluate(record, asAt) {
    const c = leavingCareClock(record, asAt);
    if (c === null) return [];
    const done = record.pathwayPlans
      .filter((p) => p.kind === 'plan')
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
        label: 'Pathway plan by 16 years 3 months (or 3 months after becoming eligible)',
      }),
    ];
  },
};
