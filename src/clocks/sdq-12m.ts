/**
 * Row 20: a Strengths and Difficulties Questionnaire every 12 months for a looked-after child aged 4 to 16
 * (the 903 collection's band; the published tables use 5-16). The clock starts when the child is in care
 * and 4 (whichever is later) and the duty ends at the 17th birthday. A score or a reason code
 * (SDQ1-SDQ5) both meet it, as the DfE collection accepts either. Short breaks are excluded.
 */
import { addMonths, addYears, maxIso } from '../core/day.ts';
import type { Obligation } from '../record/facts.ts';
import type { Clock } from './clock.ts';
import { earliest } from './obligation.ts';
import { periodsOfCare } from './support/care.ts';
import { chain } from './support/chain.ts';

export const clock: Clock = {
  id: 'sdq-12m',
  title: 'Strengths and Difficulties Questionnaire every 12 months (ages 4 to 16)',
  source:
    'timescales.md row 20; Promoting the health and well-being of looked-after children (2015); ' +
    '903 OC2 SDQ_SCORE / SDQ_REASON (rules 186, 188, 189: ages 4-16)',
  basis: 'G',
  evaluate(record, asAt) {
    const dob = record.person.dateOfBirth;
    if (dob === null) return [];
    const from4 = addYears(dob, 4);
    const at17 = addYears(dob, 17);
    const dates = record.sdqs.map((s) => s.date);
    const out: Obligation[] = [];
    for (const period of periodsOfCare(record, asAt)) {
      if (period.clockStart === null) continue;
      const start = maxIso(period.clockStart, from4);
      if (start >= at17 || (period.end !== null && period.end <= start)) continue;
      out.push(
        ...chain({
          start,
          events: dates,
          step: (n, from) => ({
            kind: clock.id,
            due: addMonths(from, 12),
            label: n === 0 ? 'First SDQ within 12 months (ages 4 to 16)' : 'SDQ (12 months, ages 4 to 16)',
          }),
          subjectId: period.id,
          asAt,
          ceased: earliest(period.end, record.person.dateOfDeath, at17),
        }),
      );
    }
    return out;
  },
};
