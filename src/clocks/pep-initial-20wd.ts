/**
 * Row 21: the initial personal education plan in place within 20 SCHOOL days of entering care (or of
 * reaching school age while in care). kith holds no school term calendar, so it counts working days
 * instead (ClockSettings.pepWorkingDays) and says so in the label, as timescales.md asks. The duty starts
 * at the later of the period of care and the start of the reception year (school.ts). Any PEP in the
 * period meets it. Short breaks are excluded: CPPCR reg 48(3)(a) disapplies the care plan (and the PEP).
 */
import { addYears, maxIso } from '../core/day.ts';
import { addWorkingDays } from '../core/working-days.ts';
import type { Obligation } from '../record/facts.ts';
import type { Clock } from './clock.ts';
import { earliest, obligation } from './obligation.ts';
import { periodsOfCare } from './support/care.ts';
import { receptionStart } from './support/school.ts';

export const clock: Clock = {
  id: 'pep-initial-20wd',
  title: 'Initial personal education plan within 20 school days of entering care',
  source:
    'timescales.md row 21; CPPCR 2010 reg 5 and Sch.1 (the PEP is part of the care plan); Promoting the ' +
    'education of looked-after and previously looked-after children (DfE 2018)',
  basis: 'G',
  evaluate(record, asAt, settings) {
    const dob = record.person.dateOfBirth;
    const n = settings.pepWorkingDays;
    const out: Obligation[] = [];
    for (const period of periodsOfCare(record, asAt)) {
      if (period.clockStart === null) continue;
      const start = dob ? maxIso(period.clockStart, receptionStart(dob)) : period.clockStart;
      if (start > asAt || (dob && start >= addYears(dob, 18))) continue;
      if (period.end !== null && period.end <= start) continue;
      const end = period.end;
      const first = record.peps
        .filter((p) => p.date >= period.start && (end === null || p.date <= end))
        .sort((a, b) => (a.date < b.date ? -1 : 1))[0];
      out.push(
        obligation({
          kind: clock.id,
          subjectId: period.id,
          start,
          due: addWorkingDays(start, n),
          done: first?.date ?? null,
          asAt,
          ceased: earliest(end, record.person.dateOfDeath),
          label:
            'Initial PEP within 20 school days ' +
            `(counted as ${n} working days: no school term calendar held)`,
        }),
      );
    }
    return out;
  },
};
