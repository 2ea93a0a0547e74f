/**
 * The leaving-care duties (rows 23 and 25) fall due 3 months after the later of the 16th birthday and
 * the day the child became "eligible" (CPPCR reg 42(1): "not more than three months after the date on
 * which C reaches the age of 16 or becomes an eligible child after that age"). Eligibility itself is
 * computed in care.ts.
 */
import { addMonths, type IsoDate } from '../../core/day.ts';
import type { ChildRecord } from '../../record/facts.ts';
import { eligibleFrom } from './care.ts';

export interface LeavingCareClock {
  /** When the child became eligible (never before the 16th birthday). */
  readonly start: IsoDate;
  /** 16y 3m for a child already eligible at 16; 3 months after eligibility otherwise. */
  readonly due: IsoDate;
}

export function leavingCareClock(record: ChildRecord, asAt: IsoDate): LeavingCareClock | null {
  const start = eligibleFrom(record, asAt);
  return start === null ? null : { start, due: addMonths(start, 3) };
}
