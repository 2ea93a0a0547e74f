/**
 * Row 25: a personal adviser appointed for an eligible child, in practice by 16 years 3 months (or 3
 * months after becoming eligible), read from allocations with role 'personal_adviser'.
 */
import type { Clock } from './clock.ts';
import { obligation } from './obligation.ts';
import { leavingCareClock } from './support/eligible.ts';

export const clock: Clock = {
  id: 'personal-adviser-16y3m',
  title: 'Personal adviser appointed for an eligible child by 16 years 3 months',
  source: 'timescales.md row 25; Children Act 1989 Sch.2 para 19C; CPPCR 2010 (by 16y 3m in practice)',
  basis: 'S',
  evaluate(record, asAt) {
    const c = leavingCareClock(record, asAt);
    if (c === null) return [];
    const done = record.allocations
      .filter((a) => a.role === 'personal_adviser')
      .map((a) => a.from)
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
        label: 'Personal adviser appointed by 16 years 3 months (or 3 months after becoming eligible)',
      }),
    ];
  },
};
