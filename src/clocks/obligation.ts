/**
 * The one place an obligation's state is decided, so that every clock agrees on what "overdue" means
 * (timescales.md, "Conventions kith uses"). Clocks work out start, due and done; this file does the rest.
 */
import type { IsoDate } from '../core/day.ts';
import type { Obligation, ObligationState } from '../record/facts.ts';

export interface StateInput {
  readonly due: IsoDate;
  /** When the obligation was met, if it was (a date after `asAt` is ignored: it had not happened yet). */
  readonly done: IsoDate | null;
  readonly asAt: IsoDate;
  /**
   * When the duty stopped applying (the plan ended, the period of care ended, the child died ...).
   * If that happened on or before the due date, and by `asAt`, an unmet obligation is not applicable:
   * the plan ending at the review conference that ended it must not show as a missed review.
   */
  readonly ceased?: IsoDate | null;
  /** The duty never applied (for example a child on a series of short breaks, CPPCR reg 48). */
  readonly notApplicable?: boolean;
}

/**
 * State as at `asAt`: met_in_time (done on or before due), met_late (done after due), overdue (not done
 * and asAt > due), due (not done and asAt <= due), not_applicable (see `ceased` and `notApplicable`).
 * A met obligation stays met even if the duty later ceased: what happened is not rewritten.
 */
export function obligationState(input: StateInput): ObligationState {
  if (input.notApplicable) return 'not_applicable';
  const done = input.done !== null && input.done <= input.asAt ? input.done : null;
  if (done !== null) return done <= input.due ? 'met_in_time' : 'met_late';
  const ceased = input.ceased ?? null;
  if (ceased !== null && ceased <= input.asAt && ceased <= input.due) return 'not_applicable';
  return input.asAt > input.due ? 'overdue' : 'due';
}

export interface ObligationInput extends StateInput {
  readonly kind: string;
  readonly subjectId: string | null;
  readonly start: IsoDate;
  readonly label: string;
}

/** Build an obligation with its state; `done` is cleared when it lies after `asAt`. */
export function obligation(input: ObligationInput): Obligation {
  const done = input.done !== null && input.done <= input.asAt ? input.done : null;
  return {
    kind: input.kind,
    subjectId: input.subjectId,
    start: input.start,
    due: input.due,
    done,
    state: obligationState(input),
    label: input.label,
  };
}

/** The earliest of some dates, ignoring nulls (null when there are none). */
export function earliest(...dates: readonly (IsoDate | null | undefined)[]): IsoDate | null {
  let out: IsoDate | null = null;
  for (const d of dates) if (d != null && (out === null || d < out)) out = d;
  return out;
}
