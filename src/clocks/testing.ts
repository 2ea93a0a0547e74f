/**
 * Test records for the clock tests: a synthetic child (no real person) and one builder per kind of fact,
 * each filling the fields a clock does not care about, so a test states only what it is about.
 */
import {
  type Adoption,
  type Allocation,
  type Assessment,
  type CareEpisode,
  type CareLeaverContact,
  type ChildRecord,
  type CinPlan,
  type ClaReview,
  type Contact,
  type CoreGroup,
  type CpPlan,
  type CpReview,
  type DentalCheck,
  emptyRecord,
  type HealthAssessment,
  type Immunisation,
  type Obligation,
  type PathwayPlan,
  type Pep,
  type Person,
  type Referral,
  type Sdq,
  type Section47,
  type StrategyDiscussion,
  type Visit,
} from '../record/facts.ts';
import { type Clock, type ClockSettings, DEFAULT_CLOCK_SETTINGS } from './clock.ts';

let counter = 0;

/** A fresh, well-formed UUID (v4 layout) for a fact; deterministic within a test file run. */
export function newId(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

export const PERSON_ID = '11111111-1111-4111-8111-111111111111';
export const REFERRAL_ID = '22222222-2222-4222-8222-222222222222';
export const PLAN_ID = '33333333-3333-4333-8333-333333333333';

/** A synthetic child: the name is made up and the identifiers are absent. */
export function person(over: Partial<Person> = {}): Person {
  return {
    id: PERSON_ID,
    teamId: null,
    laChildId: 'TEST001',
    firstName: 'Synthetic',
    lastName: 'Child',
    dateOfBirth: '2012-06-15',
    expectedDateOfBirth: null,
    sex: 'F',
    ethnicity: 'WBRI',
    upn: null,
    nhsNumber: null,
    disabilities: [],
    uascFrom: null,
    uascCeased: null,
    dateOfDeath: null,
    motherOfChildDateOfBirth: null,
    ...over,
  };
}

type Facts = Omit<ChildRecord, 'person'>;

/** An empty record for the synthetic child with the given facts (and person fields) filled in. */
export function recordWith(facts: Partial<Facts> & { readonly person?: Partial<Person> } = {}): ChildRecord {
  const { person: over, ...rest } = facts;
  return { ...emptyRecord(person(over)), ...rest };
}

export function contact(
  receivedAt: string,
  decidedAt: string | null = null,
  over: Partial<Contact> = {},
): Contact {
  return {
    id: newId(),
    receivedAt,
    source: '1A',
    decidedAt,
    outcome: decidedAt ? 'referral' : null,
    decidedBy: null,
    reason: null,
    ...over,
  };
}

export function referral(referralDate: string, over: Partial<Referral> = {}): Referral {
  return {
    id: REFERRAL_ID,
    referralDate,
    source: '1A',
    primaryNeed: 'N1',
    referralNfa: false,
    closureDate: null,
    closureReason: null,
    contactId: null,
    ...over,
  };
}

export function assessment(startDate: string, authorisedDate: string | null, over: Partial<Assessment> = {}) {
  const a: Assessment = {
    id: newId(),
    referralId: REFERRAL_ID,
    startDate,
    authorisedDate,
    factors: [],
    ...over,
  };
  return a;
}

export function strategyDiscussion(date: string, over: Partial<StrategyDiscussion> = {}): StrategyDiscussion {
  return { id: newId(), referralId: REFERRAL_ID, date, ...over };
}

export function section47(startDate: string, over: Partial<Section47> = {}): Section47 {
  return {
    id: newId(),
    referralId: REFERRAL_ID,
    startDate,
    strategyDiscussionId: null,
    icpcDate: null,
    icpcNotRequired: false,
    ...over,
  };
}

export function cpPlan(startDate: string, endDate: string | null = null, over: Partial<CpPlan> = {}): CpPlan {
  return {
    id: PLAN_ID,
    referralId: REFERRAL_ID,
    startDate,
    endDate,
    initialCategory: 'NEG',
    latestCategory: 'NEG',
    numberOfPreviousPlans: 0,
    ...over,
  };
}

export function cpReview(date: string, cpPlanId: string = PLAN_ID): CpReview {
  return { id: newId(), cpPlanId, date };
}

export function coreGroup(date: string, cpPlanId: string = PLAN_ID): CoreGroup {
  return { id: newId(), cpPlanId, date };
}

export function cinPlan(startDate: string, endDate: string | null = null): CinPlan {
  return { id: PLAN_ID, referralId: REFERRAL_ID, startDate, endDate };
}

/** A looked-after episode: by default a new period (S), voluntary (V2), in foster care (U1). */
export function episode(startDate: string, endDate: string | null = null, over: Partial<CareEpisode> = {}) {
  const e: CareEpisode = {
    id: newId(),
    startDate,
    reasonNewEpisode: 'S',
    legalStatus: 'V2',
    categoryOfNeed: 'N1',
    placement: 'U1',
    provider: 'PR1',
    endDate,
    reasonEnded: endDate ? 'E11' : null,
    reasonPlaceChange: null,
    homePostcode: null,
    placementPostcode: null,
    urn: null,
    longTermFoster: false,
    shortBreak: false,
    ...over,
  };
  return e;
}

export function claReview(date: string): ClaReview {
  return { id: newId(), date, participation: 'PN1' };
}

export function visit(kind: Visit['kind'], date: string, over: Partial<Visit> = {}): Visit {
  return { id: newId(), kind, date, seen: true, seenAlone: true, workerId: null, ...over };
}

export function health(
  kind: HealthAssessment['kind'],
  date: string | null,
  requestedDate: string | null = null,
): HealthAssessment {
  return { id: newId(), kind, date, requestedDate };
}

export function dental(date: string): DentalCheck {
  return { id: newId(), date };
}

export function immunisation(asAt: string, upToDate = true): Immunisation {
  return { id: newId(), asAt, upToDate };
}

export function sdq(date: string, score: number | null = 12): Sdq {
  return { id: newId(), date, score, reason: score === null ? 'SDQ1' : null };
}

export function pep(kind: Pep['kind'], date: string): Pep {
  return { id: newId(), kind, date };
}

export function pathway(kind: PathwayPlan['kind'], date: string): PathwayPlan {
  return { id: newId(), kind, date };
}

export function allocation(role: Allocation['role'], from: string, to: string | null = null): Allocation {
  return { id: newId(), workerId: newId(), role, from, to };
}

export function careLeaverContact(date: string, inTouch: CareLeaverContact['inTouch'] = 'YES') {
  const c: CareLeaverContact = { id: newId(), date, inTouch, activity: 'F1', accommodation: 'B1' };
  return c;
}

export function adoption(decisionDate: string, over: Partial<Adoption> = {}): Adoption {
  return {
    id: newId(),
    decisionDate,
    placementOrderDate: null,
    matchDate: null,
    placedDate: null,
    numberOfAdopters: null,
    adopterSexes: null,
    adopterLegalStatus: null,
    placedCeasedDate: null,
    placedCeasedReason: null,
    ...over,
  };
}

/** Run one clock with the default settings (or some overrides). */
export function run(
  clock: Clock,
  record: ChildRecord,
  asAt: string,
  settings: Partial<ClockSettings> = {},
): Obligation[] {
  return clock.evaluate(record, asAt, { ...DEFAULT_CLOCK_SETTINGS, ...settings });
}

/** The one obligation a clock yields (fails the test if there is not exactly one). */
export function single(
  clock: Clock,
  record: ChildRecord,
  asAt: string,
  settings: Partial<ClockSettings> = {},
) {
  const out = run(clock, record, asAt, settings);
  if (out.length !== 1) throw new Error(`expected one obligation from ${clock.id}, got ${out.length}`);
  return out[0] as Obligation;
}

/** [due, done, state] of each obligation, the compact form the table-driven tests compare. */
export function brief(obligations: readonly Obligation[]): [string, string | null, string][] {
  return obligations.map((o) => [o.due, o.done, o.state]);
}
