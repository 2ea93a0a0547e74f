/**
 * Recurring obligations (reviews, visits, health assessments), generated one at a time as timescales.md
 * says: each interval runs from the previous ACTUAL event, and the next obligation appears only when the
 * previous one is met. A missed visit therefore leaves one overdue obligation (permanently, until the
 * visit happens and it turns met_late) instead of a pile of phantom due dates.
 */
import type { IsoDate } from '../../core/day.ts';
import type { Obligation } from '../../record/facts.ts';
import { obligation } from '../obligation.ts';

export interface ChainStep {
  /** The clock id the obligation belongs to (a chain can span clocks: first review, then later ones). */
  readonly kind: string;
  readonly due: IsoDate;
  readonly label: string;
}

export interface ChainInput {
  /** When the first obligation's clock starts (the plan start, the placement start ...). */
  readonly start: IsoDate;
  /** Dates of the events that meet the obligations, in any order; only those in [start, ceased] count. */
  readonly events: readonly IsoDate[];
  /** The n-th obligation (0-based) whose clock starts at `from`: the chain start, then each event. */
  readonly step: (n: number, from: IsoDate) => ChainStep;
  readonly subjectId: string | null;
  readonly asAt: IsoDate;
  /** When the duty ends (plan end, placement end, death); later events belong to someone else's clock. */
  readonly ceased?: IsoDate | null;
  /** The first event may fall on the start date itself (a visit on the day of placement); default true. */
  readonly firstOnStartDay?: boolean;
}

/** A safety stop: no real chain (a visit a week for 18 years) comes near this. */
const MAX_LINKS = 2_000;

export function chain(input: ChainInput): Obligation[] {
  const { start, asAt } = input;
  if (start > asAt) return [];
  const ceased = input.ceased ?? null;
  const firstOnStartDay = input.firstOnStartDay ?? true;
  const events = [...new Set(input.events)]
    .filter(
      (e) => (firstOnStartDay ? e >= start : e > start) && e <= asAt && (ceased === null || e <= ceased),
    )
    .sort();
  const out: Obligation[] = [];
  let from = start;
  let next = 0;
  for (let n = 0; n < MAX_LINKS; n++) {
    const step = input.step(n, from);
    const done = events[next] ?? null;
    const o = obligation({
      kind: step.kind,
      subjectId: input.subjectId,
      start: from,
      due: step.due,
      done,
      label: step.label,
      asAt,
      ceased,
    });
    out.push(o);
    if (done === null) break;
    from = done;
    next++;
  }
  return out;
}
