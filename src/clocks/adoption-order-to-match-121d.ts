/**
 * Row 29: adoption scorecard A2, from the court's authority to place (placement order) to the council's
 * decision to match the child with adopters, against the final threshold of 121 days (4 months; earlier
 * 213, 182, 152). Applied per child, as row 28.
 */
import { addDays } from '../core/day.ts';
import type { Obligation } from '../record/facts.ts';
import type { Clock } from './clock.ts';
import { obligation } from './obligation.ts';
import { adoptionCeased } from './support/adoption.ts';
import { periodsOfCare } from './support/care.ts';

export const clock: Clock = {
  id: 'adoption-order-to-match-121d',
  title: 'Matched with adopters within 121 days of the placement order (scorecard threshold)',
  source: 'timescales.md row 29; DfE adoption scorecard A2 (final 2013-16 threshold 121 days)',
  basis: 'G',
  evaluate(record, asAt) {
    const periods = periodsOfCare(record, asAt);
    const out: Obligation[] = [];
    for (const a of record.adoptions) {
      const order = a.placementOrderDate;
      if (order === null || order > asAt) continue;
      const period = periods.filter((p) => p.start <= order).at(-1);
      out.push(
        obligation({
          kind: clock.id,
          subjectId: a.id,
          start: order,
          due: addDays(order, 121),
          done: a.matchDate,
          asAt,
          ceased: adoptionCeased(record, a, period?.end ?? null),
          label:
            'Matched with adopters within 121 days of the placement order (scorecard A2 threshold, ' +
            'per child)',
        }),
      );
    }
    return out;
  },
};
