/**
 * The child's record as the domain sees it: every fact about one child, already validated, each with
 * its id. Clocks, indicators and return builders read this shape and nothing else, so they stay pure
 * and are tested without a database. The store maps rows to it (store/child-record.ts).
 */
import type { z } from 'zod';
import type { IsoDate } from '../core/day.ts';
import type * as s from './schemas.ts';

type Fact<S extends z.ZodType> = z.output<S> & { readonly id: string };

export type Person = z.output<typeof s.personSchema> & {
  readonly id: string;
  readonly teamId: string | null;
};
export type Address = Fact<typeof s.addressSchema>;
export type Contact = Fact<typeof s.contactSchema>;
/** A referral opens a CIN episode (CINdetails in the census); it closes with a closure date and reason. */
export type Referral = Fact<typeof s.referralSchema>;
export type Assessment = Fact<typeof s.assessmentSchema>;
export type StrategyDiscussion = Fact<typeof s.strategyDiscussionSchema>;
export type Section47 = Fact<typeof s.section47Schema>;
export type CpPlan = Fact<typeof s.cpPlanSchema>;
export type CpReview = Fact<typeof s.cpReviewSchema>;
export type CoreGroup = Fact<typeof s.coreGroupSchema>;
export type CinPlan = Fact<typeof s.cinPlanSchema>;
export type CareEpisode = Fact<typeof s.careEpisodeSchema>;
export type ClaReview = Fact<typeof s.claReviewSchema>;
export type Visit = Fact<typeof s.visitSchema>;
export type HealthAssessment = Fact<typeof s.healthAssessmentSchema>;
export type DentalCheck = Fact<typeof s.dentalCheckSchema>;
export type Immunisation = Fact<typeof s.immunisationSchema>;
export type Sdq = Fact<typeof s.sdqSchema>;
export type Pep = Fact<typeof s.pepSchema>;
export type MissingEpisode = Fact<typeof s.missingSchema>;
export type CareLeaverContact = Fact<typeof s.careLeaverContactSchema>;
export type PathwayPlan = Fact<typeof s.pathwayPlanSchema>;
export type Adoption = Fact<typeof s.adoptionSchema>;
export type PreviousPermanence = Fact<typeof s.previousPermanenceSchema>;
export type Allocation = Fact<typeof s.allocationSchema>;
export type Oversight = Fact<typeof s.oversightSchema>;

/** Everything recorded about one child. Arrays are in date order (oldest first). */
export interface ChildRecord {
  readonly person: Person;
  readonly addresses: readonly Address[];
  readonly contacts: readonly Contact[];
  readonly referrals: readonly Referral[];
  readonly assessments: readonly Assessment[];
  readonly strategyDiscussions: readonly StrategyDiscussion[];
  readonly section47s: readonly Section47[];
  readonly cpPlans: readonly CpPlan[];
  readonly cpReviews: readonly CpReview[];
  readonly coreGroups: readonly CoreGroup[];
  readonly cinPlans: readonly CinPlan[];
  readonly careEpisodes: readonly CareEpisode[];
  readonly claReviews: readonly ClaReview[];
  readonly visits: readonly Visit[];
  readonly healthAssessments: readonly HealthAssessment[];
  readonly dentalChecks: readonly DentalCheck[];
  readonly immunisations: readonly Immunisation[];
  readonly sdqs: readonly Sdq[];
  readonly peps: readonly Pep[];
  readonly missingEpisodes: readonly MissingEpisode[];
  readonly careLeaverContacts: readonly CareLeaverContact[];
  readonly pathwayPlans: readonly PathwayPlan[];
  readonly adoptions: readonly Adoption[];
  readonly previousPermanence: readonly PreviousPermanence[];
  readonly allocations: readonly Allocation[];
  readonly oversight: readonly Oversight[];
}

/** The fact collections of a record, by name (used by the store and services). */
export type FactKind = Exclude<keyof ChildRecord, 'person'>;

export function emptyRecord(person: Person): ChildRecord {
  return {
    person,
    addresses: [],
    contacts: [],
    referrals: [],
    assessments: [],
    strategyDiscussions: [],
    section47s: [],
    cpPlans: [],
    cpReviews: [],
    coreGroups: [],
    cinPlans: [],
    careEpisodes: [],
    claReviews: [],
    visits: [],
    healthAssessments: [],
    dentalChecks: [],
    immunisations: [],
    sdqs: [],
    peps: [],
    missingEpisodes: [],
    careLeaverContacts: [],
    pathwayPlans: [],
    adoptions: [],
    previousPermanence: [],
    allocations: [],
    oversight: [],
  };
}

/** A date in the child's life the record does not yet hold but the law expects. */
export type ObligationState = 'due' | 'overdue' | 'met_in_time' | 'met_late' | 'not_applicable';

export interface Obligation {
  /** The clock rule that produced it, e.g. 'assessment-45wd'. */
  readonly kind: string;
  /** The fact this obligation hangs from (the referral, the plan, the episode ...), for drill-down. */
  readonly subjectId: string | null;
  /** When the clock started. */
  readonly start: IsoDate;
  readonly due: IsoDate;
  /** The date the obligation was met, when it was. */
  readonly done: IsoDate | null;
  readonly state: ObligationState;
  /** Plain-English description for a worker, e.g. "First looked-after review (20 working days)". */
  readonly label: string;
}
