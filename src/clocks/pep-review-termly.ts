/**
 * Row 22: a PEP review in each school term after the term of the initial PEP, while the child is looked
 * after and of school age. Terms are approximate (school.ts: autumn Sep-Dec, spring Jan-Mar, summer
 * Apr-Jul). Each term is its own window, due on its last day: unlike interval clocks, a missed term does
 * not hold back the next one, because the duty is "a review in each term", not "within N of the last".
 * "Before each looked-after review" is not checked. Short breaks are excluded.
 */
import { addDays, addYears } from '../core/day.ts';
import type { Obligation } from '../record/facts.ts';
import type { Clock } from './clock.ts';
import { earliest, obligation } from './obligation.ts';
import { periodsOfCare } from './support/care.ts';
import { receptionStart, termAfter } from './support/school.ts';

export const clock: Clock = {
  id: 'pep-review-termly',
  title: 'PEP review each school term',
  source:
    'timescales.md row 22; Promoting the education of looked-after and previously looked-after children ' +
    '(DfE 2018); Virtual School practice',
  basis: 'G',
  evaluate(record, asAt) {
    const dob = record.person.dateOfBirth;
    const out: Obligation[] = [];
    for (const period of periodsOfCare(record, asAt)) {
      if (period.clockStart === null) continue;
      const end = period.end;
      const peps = record.peps
        .map((p) => p.date)
        .filter((d) => d >= period.start && (end === null || d <= end))
        .sort();
      const initial = peps[0];
      if (initial === undefined) continue;
      const ceased = earliest(end, record.person.dateOfDeath, dob ? addYears(dob, 18) : null);
      const schoolFrom = dob ? receptionStart(dob) : initial;
      // Reviews start the term after the initial PEP; an early-years PEP is followed by the reception term.
      const after = initial >= schoolFrom ? initial : addDays(schoolFrom, -1);
      for (let term = termAfter(after); term.start <= asAt; term = termAfter(term.start)) {
        if (ceased !== null && ceased <= term.start) break;
        const t = term;
        out.push(
          obligation({
            kind: clock.id,
            subjectId: period.id,
            start: t.start,
            due: t.end,
            done: peps.find((d) => d >= t.start && d <= t.end) ?? null,
            asAt,
            ceased,
            label:
              `PEP review in the ${t.name} term ${t.start.slice(0, 4)} ` +
              '(terms approximated, no school calendar)',
          }),
        );
      }
    }
    return out;
  },
};
