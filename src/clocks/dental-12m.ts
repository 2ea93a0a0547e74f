/**
 * Row 18: a dental check within 12 months of entering care, then within 12 months of the previous check,
 * per period of care (the DfE measure is "teeth checked in the year" for children looked after 12 months
 * or more; a 12-month interval from the last actual check meets it). Checks before the period do not
 * count: the record cannot tell whether they were part of the child's looked-after health plan. Short
 * breaks are excluded (CPPCR reg 48(3)(b) disapplies reg 7).
 */
import { addMonths } from '../core/day.ts';
import type { Obligation } from '../record/facts.ts';
import type { Clock } from './clock.ts';
import { earliest } from './obligation.ts';
import { periodsOfCare } from './support/care.ts';
import { chain } from './support/chain.ts';

export const clock: Clock = {
  id: 'dental-12m',
  title: 'Dental check every 12 months',
  source:
    'timescales.md row 18; Promoting the health and well-being of looked-after children (2015); ' +
    '903 OC2 TEETH_CHECK',
  basis: 'G',
  evaluate(record, asAt) {
    const out: Obligation[] = [];
    const checks = record.dentalChecks.map((d) => d.date);
    for (const period of periodsOfCare(record, asAt)) {
      if (period.clockStart === null) continue;
      out.push(
        ...chain({
          start: period.clockStart,
          events: checks,
          step: (n, from) => ({
            kind: clock.id,
            due: addMonths(from, 12),
            label: n === 0 ? 'Dental check within 12 months of entering care' : 'Dental check (12 months)',
          }),
          subjectId: period.id,
          asAt,
          ceased: earliest(period.end, record.person.dateOfDeath),
        }),
      );
    }
    return out;
  },
};
