/**
 * Row 1: a manager's decision on a contact or referral at the front door (MASH) by the end of the next
 * working day after receipt. Contacts carry instants; the day they fall on is the day in England
 * (Europe/London), so a contact logged at 23:30 UTC on a summer evening belongs to the next day.
 */
import { londonDateOf } from '../core/day.ts';
import { addWorkingDays } from '../core/working-days.ts';
import type { Obligation } from '../record/facts.ts';
import type { Clock } from './clock.ts';
import { obligation } from './obligation.ts';

export const clock: Clock = {
  id: 'contact-decision-1wd',
  title: 'Decision on a contact within 1 working day',
  source:
    'timescales.md row 1; Working Together to Safeguard Children 2018 ch.1 ("within one working day of a ' +
    'referral being received"), kept by WT2023; applied by councils to contacts at the MASH',
  basis: 'G',
  evaluate(record, asAt) {
    const out: Obligation[] = [];
    for (const c of record.contacts) {
      const start = londonDateOf(c.receivedAt);
      if (start > asAt) continue;
      out.push(
        obligation({
          kind: clock.id,
          subjectId: c.id,
          start,
          // Receipt day not counted: the next working day is day 1, and the decision is due by its end.
          due: addWorkingDays(start, 1),
          done: c.decidedAt ? londonDateOf(c.decidedAt) : null,
          asAt,
          label: 'Decision on the contact by the end of the next working day (Europe/London)',
        }),
      );
    }
    return out;
  },
};
