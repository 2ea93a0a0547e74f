/**
 * Row 17: review health assessments, each within 6 months of the previous health assessment while the
 * child is under 5, and within 12 months from the 5th birthday. The interval is fixed by the child's age
 * on the previous assessment, so it switches at the first assessment after the 5th birthday, as the row
 * says. The chain starts at the first health assessment done in the period of care (normally the IHA;
 * an RHA for imported records that lack one). Not applicable to short breaks (CPPCR reg 48(3)(b)).
 */
import { addMonths, ageOn } from '../core/day.ts';
import type { Obligation } from '../record/facts.ts';
import type { Clock } from './clock.ts';
import { earliest } from './obligation.ts';
import { periodsOfCare } from './support/care.ts';
import { chain } from './support/chain.ts';

export const clock: Clock = {
  id: 'rha',
  title: 'Review health assessments (6-monthly under 5, 12-monthly from 5)',
  source:
    'timescales.md row 17; CPPCR 2010 reg 7 (frequency); Promoting the health and well-being of ' +
    'looked-after children (2015); 903 OC2 HEALTH_CHECK',
  basis: 'S',
  evaluate(record, asAt) {
    const dob = record.person.dateOfBirth;
    if (dob === null) return [];
    const out: Obligation[] = [];
    for (const period of periodsOfCare(record, asAt)) {
      if (period.clockStart === null) continue;
      const end = period.end;
      const done = record.healthAssessments
        .map((h) => h.date)
        .filter(
          (d): d is string => d !== null && d >= period.start && d <= asAt && (end === null || d <= end),
        )
        .sort();
      const first = done[0];
      if (first === undefined) continue;
      out.push(
        ...chain({
          start: first,
          events: done,
          step: (_, from) =>
            ageOn(dob, from) < 5
              ? {
                  kind: clock.id,
                  due: addMonths(from, 6),
                  label: 'Review health assessment (6 months, under 5)',
                }
              : {
                  kind: clock.id,
                  due: addMonths(from, 12),
                  label: 'Review health assessment (12 months, aged 5 and over)',
                },
          subjectId: period.id,
          asAt,
          ceased: earliest(end, record.person.dateOfDeath),
          firstOnStartDay: false,
        }),
      );
    }
    return out;
  },
};
