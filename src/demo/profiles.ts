/**
 * Practice-quality profiles for a demo council. The figures describe how often work is done late or
 * not at all; "inadequate-2017" follows what Ofsted found in the seeds (Tower Hamlets 2017: assessments
 * out of date, 4-22% of initial health assessments on time, frequent changes of social worker,
 * contacts waiting days at the front door, drifting plans); "good-2019" follows the recovered service
 * (Tower Hamlets 2019) and the England averages in shared/domain/indicators.md.
 */
export interface PracticeProfile {
  readonly name: string;
  readonly description: string;
  /** Share of contacts decided after the next working day, and the mean extra wait (working days). */
  readonly contactLateShare: number;
  readonly contactLateMeanWd: number;
  /** Share of assessments authorised after 45 working days, and the mean overrun (working days). */
  readonly assessmentLateShare: number;
  readonly assessmentOverrunMeanWd: number;
  /** Share of ICPCs held after 15 working days. */
  readonly icpcLateShare: number;
  /** Share of reviews (CP and CLA) held late. */
  readonly reviewLateShare: number;
  /** Share of statutory visits late, and of visits missed altogether (the gap doubles). */
  readonly visitLateShare: number;
  /** Share of initial health assessments done within 20 working days. */
  readonly ihaInTimeShare: number;
  /** Share of review health assessments, dental checks and SDQs not done in the year. */
  readonly healthMissedShare: number;
  /** Share of initial PEPs late. */
  readonly pepLateShare: number;
  /** Changes of social worker per child per year, on average. */
  readonly workerChangesPerYear: number;
  /** Share of the workforce from agencies; yearly turnover. */
  readonly agencyShare: number;
  readonly turnoverPerYear: number;
  /** Placement moves per looked-after child per year. */
  readonly placementMovesPerYear: number;
  /** Share of months with no recorded management oversight on an open case. */
  readonly oversightGapShare: number;
  /** Share of care leavers the council is not in touch with. */
  readonly careLeaverNotInTouchShare: number;
  /** Mean caseload per social worker. */
  readonly caseload: number;
}

export const PROFILES = {
  'good-2019': {
    name: 'good-2019',
    description: 'A council judged good: most statutory work on time, stable workforce and placements',
    contactLateShare: 0.06,
    contactLateMeanWd: 1.5,
    assessmentLateShare: 0.14,
    assessmentOverrunMeanWd: 8,
    icpcLateShare: 0.18,
    reviewLateShare: 0.06,
    visitLateShare: 0.08,
    ihaInTimeShare: 0.82,
    healthMissedShare: 0.08,
    pepLateShare: 0.1,
    workerChangesPerYear: 0.7,
    agencyShare: 0.12,
    turnoverPerYear: 0.13,
    placementMovesPerYear: 0.35,
    oversightGapShare: 0.08,
    careLeaverNotInTouchShare: 0.07,
    caseload: 16,
  },
  'inadequate-2017': {
    name: 'inadequate-2017',
    description: 'A council judged inadequate: late assessments and health checks, drift, high turnover',
    contactLateShare: 0.45,
    contactLateMeanWd: 6,
    assessmentLateShare: 0.48,
    assessmentOverrunMeanWd: 40,
    icpcLateShare: 0.42,
    reviewLateShare: 0.3,
    visitLateShare: 0.38,
    ihaInTimeShare: 0.12,
    healthMissedShare: 0.3,
    pepLateShare: 0.45,
    workerChangesPerYear: 2.6,
    agencyShare: 0.4,
    turnoverPerYear: 0.35,
    placementMovesPerYear: 1.1,
    oversightGapShare: 0.45,
    careLeaverNotInTouchShare: 0.22,
    caseload: 24,
  },
} as const satisfies Record<string, PracticeProfile>;

export type ProfileName = keyof typeof PROFILES;
export const PROFILE_NAMES = Object.keys(PROFILES) as ProfileName[];
