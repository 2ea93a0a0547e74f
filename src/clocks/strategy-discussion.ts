/**
 * Row 2: a strategy discussion after the decision that the significant-harm threshold may be met. There is
 * no national figure ("as soon as possible"), so the interval is the council's (ClockSettings; commonly
 * 1 working day). The record holds that decision as a contact decided with outcome 'strategy_discussion'.
 */
import { londonDateOf } from '../core/day.ts';
import { addWorkingDays } from '../core/working-days.ts';
import type { Obligation, StrategyDiscussion } from '../record/facts.ts';
import type { Clock } from './clock.ts';
import { obligation } from './obligation.ts';

export const clock: Clock = {
  id: 'strategy-discussion',
  title: 'Strategy discussion after the significant-harm threshold decision (local interval)',
  source:
    'timescales.md row 2; Working Together 2018 and 2023 (trigger and attendees); interval set locally ' +
    '(e.g. Northumberland 1 working day, Teesside 24 hours)',
  basis: 'L',
  evaluate(record, asAt, settings) {
    const out: Obligation[] = [];
    const used = new Set<string>();
    const n = settings.strategyDiscussionWorkingDays;
    for (const c of record.contacts) {
      if (c.outcome !== 'strategy_discussion' || c.decidedAt === null) continue;
      const start = londonDateOf(c.decidedAt);
      if (start > asAt) continue;
      // Prefer a discussion on the referral this contact became; else the first unclaimed one since.
      const linked = new Set(record.referrals.filter((r) => r.contactId === c.id).map((r) => r.id));
      const after = record.strategyDiscussions
        .filter((s) => s.date >= start && !used.has(s.id))
        .sort((a, b) => (a.date < b.date ? -1 : 1));
      const held: StrategyDiscussion | undefined =
        after.find((s) => linked.has(s.referralId)) ?? (linked.size === 0 ? after[0] : undefined);
      if (held) used.add(held.id);
      out.push(
        obligation({
          kind: clock.id,
          subjectId: c.id,
          start,
          due: addWorkingDays(start, n),
          done: held?.date ?? null,
          asAt,
          ceased: record.person.dateOfDeath,
          label:
            `Strategy discussion within ${n} working day${n === 1 ? '' : 's'} ` +
            'of the decision (local timescale)',
        }),
      );
    }
    return out;
  },
};
