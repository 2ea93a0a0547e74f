/**
 * Row 19: immunisations up to date at 31 March, for children looked after continuously for 12 months or
 * more at that date (903 OC2 IMMUNISATIONS). The national schedule itself is not modelled: the record
 * holds a dated "up to date: yes/no" status, so the obligation is one per year ending 31 March, met by the
 * first status in or after that year saying up to date (after 31 March it is met late). A child who leaves
 * care before 31 March drops out of the cohort (not applicable). Short breaks are excluded.
 */
import type { Obligation } from '../record/facts.ts';
import type { Clock } from './clock.ts';
import { earliest, obligation } from './obligation.ts';
import { periodsOfCare } from './support/care.ts';

export const clock: Clock = {
  id: 'immunisations-annual',
  title: 'Immunisations up to date at 31 March (looked after 12 months or more)',
  source:
    'timescales.md row 19; Promoting the health and well-being of looked-after children (2015); 903 OC2',
  basis: 'G',
  evaluate(record, asAt) {
    const out: Obligation[] = [];
    for (const period of periodsOfCare(record, asAt)) {
      const since = period.clockStart;
      if (since === null) continue;
      const firstYear = Number(since.slice(0, 4)) + 1;
      const lastYear = Number(asAt.slice(0, 4)) + 1;
      for (let year = firstYear; year <= lastYear; year++) {
        // The year to 31 March; the child must have been in care since its first day to be in the cohort.
        const start = `${year - 1}-04-01`;
        const due = `${year}-03-31`;
        if (since > start || start > asAt) continue;
        if (period.end !== null && period.end <= start) break;
        const status = record.immunisations
          .filter((i) => i.upToDate && i.asAt >= start)
          .sort((a, b) => (a.asAt < b.asAt ? -1 : 1))[0];
        out.push(
          obligation({
            kind: clock.id,
            subjectId: period.id,
            start,
            due,
            done: status?.asAt ?? null,
            asAt,
            ceased: earliest(period.end, record.person.dateOfDeath),
            label: `Immunisations up to date at 31 March ${year}`,
          }),
        );
      }
    }
    return out;
  },
};
