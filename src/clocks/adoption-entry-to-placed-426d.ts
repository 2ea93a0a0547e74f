/**
 * Row 28: adoption scorecard A1/A10, from entering care (the start of the period of care in which the
 * adoption decision was made) to moving in with the adoptive family, against the final threshold of 426
 * days (14 months; earlier thresholds 639, 547, 487). The scorecard averages children adopted over three
 * years; kith applies the threshold per child so drift is visible while it can still be acted on.
 */
import { addDays } from '../core/day.ts';
import type { Obligation } from '../record/facts.ts';
import type { Clock } from './clock.ts';
import { obligation } from './obligation.ts';
import { adoptionCeased } from './support/adoption.ts';
import { periodsOfCare } from './support/care.ts';

export const clock: Clock = {
  id: 'adoption-entry-to-placed-426d',
  title: 'Placed for adoption within 426 days of entering care (scorecard threshold)',
  source: 'timescales.md row 28; DfE adoption scorecards A1/A10 (final 2013-16 threshold 426 days)',
  basis: 'G',
  evaluate(record, asAt) {
    const periods = periodsOfCare(record, asAt);
    const out: Obligation[] = [];
    for (const a of record.adoptions) {
      if (a.decisionDate > asAt) continue;
      const period = periods.filter((p) => p.start <= a.decisionDate).at(-1);
      if (period === undefined) continue;
      out.push(
        obligation({
          kind: clock.id,
          subjectId: a.id,
          start: period.start,
          due: addDays(period.start, 426),
          done: a.placedDate,
          asAt,
          ceased: adoptionCeased(record, a, period.end),
          label: 'Placed for adoption within 426 days of entering care (scorecard A1 threshold, per child)',
        }),
      );
    }
    return out;
  },
};
