/**
 * Helpers only the group b CIN rules use: the referral-source start date and the overlap test
 * between records of one child or episode. Shared derived data (columns, dates, join ids, groups,
 * flags) is in derived.ts.
 */
import { type DayNumber, isoToDay } from '../../../core/day.ts';

/** 1 April 2013: referral source became mandatory for referrals on or after this date (rule 8866). */
export const REFERRAL_SOURCE_FROM = isoToDay('2013-04-01') as DayNumber;

/** One record in an overlap check: its start, and the end of the interval it occupies. */
export interface Span {
  readonly row: number;
  readonly start: DayNumber;
  /** Last day (or, with endInclusive false, the day after) of its interval; null for no interval. */
  readonly end: DayNumber | null;
}

/**
 * First position in sorted starts that is >= d. At module level, not a closure made on each call:
 * tsx names every function it creates, which cost more than the search on small groups.
 */
function firstAtLeast(starts: readonly number[], d: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For records of one child (or one episode): which start inside another record's interval
 * (`guests`), and which have another record starting inside their own interval (`hosts`).
 * Record B is inside A when A !== B, B.start >= A.start, and B.start <= A.end (`endInclusive`)
 * or B.start < A.end. Sorting plus a difference array keeps this n log n per group.
 */
export function overlaps(
  spans: readonly Span[],
  endInclusive: boolean,
): { hosts: Set<number>; guests: Set<number> } {
  const hosts = new Set<number>();
  const guests = new Set<number>();
  if (spans.length < 2) return { hosts, guests };
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.row - b.row);
  const starts = sorted.map((s) => s.start);
  const cover = new Array<number>(sorted.length + 1).fill(0);
  const selfCovered = new Array<boolean>(sorted.length).fill(false);
  sorted.forEach((a, pos) => {
    if (a.end === null) return;
    const from = firstAtLeast(starts, a.start);
    // One past the last position whose start is within A's end.
    const to = firstAtLeast(starts, endInclusive ? a.end + 1 : a.end);
    if (to <= from) return;
    const self = pos >= from && pos < to;
    if (self) selfCovered[pos] = true;
    if (to - from - (self ? 1 : 0) > 0) hosts.add(a.row);
    cover[from] = (cover[from] as number) + 1;
    cover[to] = (cover[to] as number) - 1;
  });
  let running = 0;
  sorted.forEach((b, pos) => {
    running += cover[pos] as number;
    if (running - (selfCovered[pos] ? 1 : 0) > 0) guests.add(b.row);
  });
  return { hosts, guests };
}
