/**
 * A statutory clock: one rule per file in this folder, each citing its source (timescales.md row).
 * A clock reads one child's record as at a date and yields obligations; it is pure.
 */
import type { IsoDate } from '../core/day.ts';
import type { ChildRecord, Obligation } from '../record/facts.ts';

/** Local timescales a council sets (timescales.md rows marked L), with the commonest values as defaults. */
export interface ClockSettings {
  /** Statutory visits to a child on a CP plan: working days between visits (row 8). */
  readonly cpVisitWorkingDays: number;
  /** CIN plan visits: calendar days between visits (row 9). */
  readonly cinVisitDays: number;
  /** CIN plan reviews: months between reviews (row 9). */
  readonly cinReviewMonths: number;
  /** Subsequent core groups: calendar days between meetings (row 7a). */
  readonly coreGroupDays: number;
  /** Strategy discussion after a decision that the threshold may be met: working days (row 2). */
  readonly strategyDiscussionWorkingDays: number;
  /** PEP: working days from entering care when no school term calendar is held (row 21). */
  readonly pepWorkingDays: number;
  /**
   * Pre-birth plans: working days after the birth for the first review (row 6a; Teesside 10, Liverpool 20).
   * Optional so that settings written before this field existed still type-check; default 10.
   */
  readonly preBirthReviewWorkingDays?: number;
}

export const DEFAULT_CLOCK_SETTINGS: ClockSettings = {
  cpVisitWorkingDays: 10,
  cinVisitDays: 42,
  cinReviewMonths: 3,
  coreGroupDays: 28,
  strategyDiscussionWorkingDays: 1,
  pepWorkingDays: 20,
  preBirthReviewWorkingDays: 10,
};

export interface Clock {
  /** Stable id, stored on each obligation (`kind`). */
  readonly id: string;
  readonly title: string;
  /** The timescales.md row(s) and the law or guidance. */
  readonly source: string;
  /** 'S' statute/regulation, 'G' statutory guidance, 'L' local practice. */
  readonly basis: 'S' | 'G' | 'L';
  evaluate(record: ChildRecord, asAt: IsoDate, settings: ClockSettings): Obligation[];
}
