/**
 * Row 16: the initial health assessment DONE (not merely requested) within 20 working days of becoming
 * looked after, per period of care. Drift usually sits in the council's request to health, so the label
 * carries the request date and how many working days it took, to show where the delay is. Short breaks
 * are not applicable: CPPCR reg 48(3)(b) disapplies reg 7.
 */
import type { IsoDate } from '../core/day.ts';
import { addWorkingDays, workingDaysBetween } from '../core/working-days.ts';
import type { Obligation } from '../record/facts.ts';
import type { Clock } from './clock.ts';
import { earliest, obligation } from './obligation.ts';
import { periodsOfCare } from './support/care.ts';

const TITLE = 'Initial health assessment done within 20 working days of becoming looked after';

function requestNote(start: IsoDate, requested: IsoDate | null, asAt: IsoDate): string {
  if (requested === null || requested > asAt) return 'request to health not recorded';
  if (requested <= start) return `requested ${requested}, on or before the day care began`;
  const wd = workingDaysBetween(start, requested);
  return `requested ${requested}, ${wd} working day${wd === 1 ? '' : 's'} after care began`;
}

export const clock: Clock = {
  id: 'iha-20wd',
  title: TITLE,
  source:
    'timescales.md row 16 and its note; CPPCR 2010 reg 7; Promoting the health and well-being of ' +
    'looked-after children (DfE/DH, March 2015): 20 working days',
  basis: 'G',
  evaluate(record, asAt) {
    const out: Obligation[] = [];
    for (const period of periodsOfCare(record, asAt)) {
      const start = period.clockStart ?? period.start;
      const end = period.end;
      const within = (d: IsoDate | null): d is IsoDate =>
        d !== null && d >= period.start && (end === null || d <= end);
      const iha = record.healthAssessments
        .filter((h) => h.kind === 'initial' && within(h.date ?? h.requestedDate))
        .sort((a, b) => ((a.date ?? a.requestedDate ?? '') < (b.date ?? b.requestedDate ?? '') ? -1 : 1))[0];
      const note = period.clockStart === null ? 'not applicable, short breaks (CPPCR reg 48)' : null;
      out.push(
        obligation({
          kind: clock.id,
          subjectId: period.id,
          start,
          due: addWorkingDays(start, 20),
          done: iha?.date ?? null,
          asAt,
          ceased: earliest(end, record.person.dateOfDeath),
          notApplicable: period.clockStart === null,
          label: `${TITLE} (${note ?? requestNote(start, iha?.requestedDate ?? null, asAt)})`,
        }),
      );
    }
    return out;
  },
};
