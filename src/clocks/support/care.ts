/**
 * Periods of care and placements, derived from the 903-style episodes on the record. The review clocks
 * (rows 10-12) run per PERIOD of care, the visit clocks (rows 13-15) per PLACEMENT: a change of legal
 * status alone continues both, a change of placement starts a new placement but not a new period, and
 * only a gap (or an episode that ended the child being looked after) starts a new period.
 */
import { addDays, addYears, daysBetween, type IsoDate, maxIso } from '../../core/day.ts';
import type { CareEpisode, ChildRecord } from '../../record/facts.ts';
import { memo } from './memo.ts';

/**
 * Reasons for a new episode that start a new placement: S started to be looked after, P change of
 * placement and carer, B legal status and placement, T placement with the same carer, U legal status and
 * placement with the same carer. Only L (legal status alone) keeps the placement. T and U count as new
 * placements because reg 28(2)(a) says "any placement" and 903 records them as placement changes.
 */
const NEW_PLACEMENT = new Set(['S', 'P', 'B', 'T', 'U']);

/** V3 and V4 are the 903 legal statuses for an agreed series of short breaks (CPPCR reg 48). */
const SHORT_BREAK_STATUS = new Set(['V3', 'V4']);

export function isShortBreak(e: CareEpisode): boolean {
  return e.shortBreak || SHORT_BREAK_STATUS.has(e.legalStatus);
}

export interface Placement {
  /** The id of the placement's first episode, used as the obligations' subject. */
  readonly id: string;
  readonly start: IsoDate;
  /** The next placement's start or the period's end (null while it lasts). */
  readonly end: IsoDate | null;
  readonly episodes: readonly CareEpisode[];
  readonly shortBreak: boolean;
}

export interface PeriodOfCare {
  readonly start: IsoDate;
  readonly end: IsoDate | null;
  readonly episodes: readonly CareEpisode[];
  readonly placements: readonly Placement[];
  /**
   * When the standard looked-after clocks start: the first episode that is not a short break (a period
   * that began as short breaks and became full-time care starts its clocks then). Null for a period of
   * short breaks only, to which reg 48 applies instead of the standard rules.
   */
  readonly clockStart: IsoDate | null;
  /** The id of the period's first episode, used as the obligations' subject. */
  readonly id: string;
}

function continuesPeriod(prev: CareEpisode, next: CareEpisode): boolean {
  if (next.reasonNewEpisode === 'S') return false;
  if (prev.endDate === null || prev.endDate !== next.startDate) return false;
  // X1 is "episode ceases and a new one begins on the same day"; any other reason ended care.
  return prev.reasonEnded === null || prev.reasonEnded === 'X1';
}

/** Periods of care that had started by `asAt`, oldest first (episodes starting later are ignored). */
export function periodsOfCare(record: ChildRecord, asAt: IsoDate): readonly PeriodOfCare[] {
  return memo(record, asAt, 'periodsOfCare', () => computePeriods(record, asAt));
}

function computePeriods(record: ChildRecord, asAt: IsoDate): PeriodOfCare[] {
  const episodes = record.careEpisodes
    .filter((e) => e.startDate <= asAt)
    .slice()
    .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  const groups: CareEpisode[][] = [];
  for (const e of episodes) {
    const current = groups.at(-1);
    const prev = current?.at(-1);
    if (current && prev && continuesPeriod(prev, e)) current.push(e);
    else groups.push([e]);
  }
  return groups.map(toPeriod);
}

function toPeriod(episodes: CareEpisode[]): PeriodOfCare {
  const first = episodes[0] as CareEpisode;
  const last = episodes.at(-1) as CareEpisode;
  const end = last.endDate;
  const starts: CareEpisode[][] = [];
  for (const e of episodes) {
    const current = starts.at(-1);
    if (current && !NEW_PLACEMENT.has(e.reasonNewEpisode)) current.push(e);
    else starts.push([e]);
  }
  const placements = starts.map((eps, i): Placement => {
    const next = starts[i + 1]?.[0];
    const head = eps[0] as CareEpisode;
    return {
      id: head.id,
      start: head.startDate,
      end: next ? next.startDate : end,
      episodes: eps,
      shortBreak: eps.every(isShortBreak),
    };
  });
  return {
    start: first.startDate,
    end,
    episodes,
    placements,
    clockStart: episodes.find((e) => !isShortBreak(e))?.startDate ?? null,
    id: first.id,
  };
}

/** The episode in force on a date (the latest one starting on or before it), if any. */
export function episodeOn(episodes: readonly CareEpisode[], date: IsoDate): CareEpisode | null {
  let found: CareEpisode | null = null;
  for (const e of episodes) if (e.startDate <= date) found = e;
  return found;
}

/** Is the child looked after on `date` (a period that has started and not yet ended; end date exclusive)? */
export function lookedAfterOn(periods: readonly PeriodOfCare[], date: IsoDate): boolean {
  return periods.some((p) => p.start <= date && (p.end === null || p.end > date));
}

/** 13 weeks, in days: the looked-after time that makes a child "eligible" (CPPCR reg 40). */
const ELIGIBILITY_DAYS = 91;

/**
 * The date a child became an "eligible child" (Children Act 1989 Sch.2 para 19B, CPPCR reg 40): aged 16
 * or 17, looked after, and looked after for at least 13 weeks in total since the 14th birthday. Short
 * breaks do not count (reg 40(2)). Days are counted as nights, start inclusive and end exclusive, as the
 * 903 counts days in care. Null when the child has not (yet) become eligible by `asAt`.
 */
export function eligibleFrom(record: ChildRecord, asAt: IsoDate): IsoDate | null {
  return memo(record, asAt, 'eligibleFrom', () => computeEligible(record, asAt));
}

function computeEligible(record: ChildRecord, asAt: IsoDate): IsoDate | null {
  const dob = record.person.dateOfBirth;
  if (dob === null) return null;
  const from14 = addYears(dob, 14);
  const from16 = addYears(dob, 16);
  const until18 = addYears(dob, 18);
  const intervals = record.careEpisodes
    .filter((e) => !isShortBreak(e) && e.startDate <= asAt)
    .map((e) => ({ start: e.startDate, end: e.endDate }))
    .sort((a, b) => (a.start < b.start ? -1 : 1));
  let counted = 0;
  for (const iv of intervals) {
    const start = maxIso(iv.start, from14);
    const end = iv.end ?? addDays(asAt, 1);
    if (end <= start) continue;
    // The first day on which 13 full weeks have been completed, the child is 16 and still in care.
    const reached = addDays(start, ELIGIBILITY_DAYS - counted);
    let candidate = start;
    if (reached > candidate) candidate = reached;
    if (from16 > candidate) candidate = from16;
    if (candidate < end && candidate < until18) return candidate <= asAt ? candidate : null;
    counted += daysBetween(start, end);
  }
  return null;
}
