/**
 * One synthetic child's journey through children's social care, as dated facts: a contact, perhaps a
 * referral and assessment, perhaps a section 47 and a child protection plan, a child in need plan, a
 * period in care with placements, reviews, visits and health checks, and leaving care. Timeliness is
 * drawn from the council's practice profile. Pure: the same random stream gives the same child.
 */
import { ageInYears, type DayNumber, dayToIso, plusMonths, plusYears } from '../core/day.ts';
import { makeNhsNumber, makeUpn } from '../core/identifiers.ts';
import { addWorkingDaysNumber } from '../core/working-days.ts';
import type * as F from '../record/facts.ts';
import { type ChildRecord, emptyRecord } from '../record/facts.ts';
import { FIRST_NAMES, LAST_NAMES } from './names.ts';
import type { PracticeProfile } from './profiles.ts';
import type { Random } from './random.ts';
import type { DemoWorker, TeamKind, Workforce } from './workforce.ts';

export interface JourneyContext {
  readonly rng: Random;
  readonly profile: PracticeProfile;
  readonly workforce: Workforce;
  /** The demo's "today": nothing is dated after it. */
  readonly asAt: DayNumber;
  /** The earliest date a journey starts. */
  readonly historyStart: DayNumber;
  readonly laNumber: number;
  readonly homePostcodes: readonly string[];
  readonly outOfAreaPostcodes: readonly string[];
  /** A sequence number for council child ids. */
  readonly index: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };
type Draft = Mutable<ChildRecord>;

const iso = dayToIso;
const REFERRAL_SOURCES = [
  ['1A', 8],
  ['1B', 2],
  ['1C', 2],
  ['1D', 1],
  ['2A', 18],
  ['2B', 2],
  ['3A', 4],
  ['3B', 4],
  ['3C', 1],
  ['3D', 2],
  ['3E', 3],
  ['3F', 4],
  ['4', 2],
  ['5A', 3],
  ['5B', 3],
  ['5C', 2],
  ['5D', 4],
  ['6', 29],
  ['7', 2],
  ['8', 2],
  ['9', 1],
  ['10', 1],
] as const;
const NEEDS = [
  ['N1', 55],
  ['N2', 3],
  ['N3', 3],
  ['N4', 9],
  ['N5', 16],
  ['N6', 2],
  ['N7', 1],
  ['N8', 5],
  ['N9', 6],
] as const;
const ABUSE = [
  ['NEG', 50],
  ['EMO', 36],
  ['PHY', 7],
  ['SAB', 4],
  ['MUL', 3],
] as const;
const FACTORS = [
  '1B',
  '1C',
  '2B',
  '2C',
  '3A',
  '3B',
  '3C',
  '4B',
  '4C',
  '5B',
  '6C',
  '7A',
  '8B',
  '8C',
  '8D',
  '8E',
  '10A',
  '11A',
  '16A',
  '18B',
  '19B',
  '22A',
  '24A',
];
const ETHNIC = [
  ['WBRI', 60],
  ['WOTH', 5],
  ['WIRI', 1],
  ['MWBC', 4],
  ['MWBA', 1],
  ['MWAS', 1],
  ['MOTH', 3],
  ['AIND', 2],
  ['APKN', 3],
  ['ABAN', 2],
  ['AOTH', 1],
  ['BAFR', 4],
  ['BCRB', 2],
  ['BOTH', 1],
  ['CHNE', 1],
  ['OOTH', 2],
  ['NOBT', 2],
  ['REFU', 1],
  ['WROM', 1],
  ['WIRT', 1],
] as const;

const DISABILITIES = [
  ['AUT', 24],
  ['LD', 22],
  ['COMM', 14],
  ['BEH', 12],
  ['MOB', 6],
  ['PC', 5],
  ['HAND', 3],
  ['CON', 3],
  ['INC', 3],
  ['HEAR', 3],
  ['VIS', 2],
  ['DDA', 3],
] as const;

/** A disabled child's impairments: often more than one (a learning disability with autism, say). */
function disabilities(rng: Random): F.Person['disabilities'] {
  const n = rng.weighted([
    [1, 60],
    [2, 28],
    [3, 12],
  ] as const);
  return Array.from(new Set(Array.from({ length: n }, () => rng.weighted(DISABILITIES))));
}

function nextWorkingDay(d: DayNumber): DayNumber {
  return addWorkingDaysNumber(d, 0);
}

/** A duration in working days for work due in `limit` WD: mostly in time, late with the profile's share. */
function workingDaysTaken(rng: Random, limit: number, lateShare: number, overrunMean: number): number {
  if (rng.chance(lateShare)) return limit + 1 + Math.round(rng.exp(overrunMean));
  return Math.max(0, Math.round(limit * (0.35 + 0.65 * rng.next())));
}

export function generateJourney(ctx: JourneyContext): ChildRecord {
  const { rng, workforce: wf, asAt } = ctx;
  const start = ctx.historyStart + Math.floor(rng.next() * (asAt - ctx.historyStart - 7));
  const ageAtStart = rng.weighted([
    [0, 14],
    [1, 6],
    [2, 5],
    [3, 5],
    [4, 5],
    [5, 5],
    [6, 5],
    [7, 5],
    [8, 5],
    [9, 5],
    [10, 5],
    [11, 6],
    [12, 6],
    [13, 7],
    [14, 8],
    [15, 8],
    [16, 6],
    [17, 3],
  ] as const);
  const dob = Math.min(start - 1, start - ageAtStart * 365 - rng.int(0, 364));
  const sex = rng.chance(0.51) ? 'M' : 'F';
  const person: F.Person = {
    id: rng.uuid(),
    teamId: null,
    laChildId: `D${String(ctx.index + 1).padStart(7, '0')}`,
    firstName: rng.pick(FIRST_NAMES),
    lastName: rng.pick(LAST_NAMES),
    dateOfBirth: iso(dob),
    expectedDateOfBirth: null,
    sex,
    ethnicity: rng.weighted(ETHNIC),
    upn: ageInYears(dob, asAt) >= 4 ? makeUpn(ctx.laNumber, 2000 + rng.int(0, 999), ctx.index) : null,
    nhsNumber: makeNhsNumber(400_000_000 + ctx.index * 7),
    disabilities: rng.chance(0.1) ? disabilities(rng) : [],
    uascFrom: null,
    uascCeased: null,
    dateOfDeath: null,
    motherOfChildDateOfBirth: null,
  };
  const r: Draft = emptyRecord(person) as Draft;
  const home = rng.pick(ctx.homePostcodes);
  r.addresses.push({ id: rng.uuid(), postcode: home, from: iso(dob), to: null });

  // Some children come back within the year (about 22% of referrals are re-referrals).
  let when = start;
  const journeys = rng.chance(0.2) ? 2 : 1;
  for (let j = 0; j < journeys && when < asAt; j++) {
    // An adopted child has a new family (and, on the council's systems, a new record).
    if (r.careEpisodes.some((e) => e.reasonEnded === 'E11' || e.reasonEnded === 'E12')) break;
    const end = episode(ctx, r, when, dob, home);
    when = end + 30 + rng.int(0, 330);
  }
  // The child's team is the team of the worker now allocated; a closed case belongs to no team.
  const current =
    r.allocations.find((a) => a.to === null && a.role === 'social_worker') ??
    r.allocations.find((a) => a.to === null && a.role === 'personal_adviser');
  const worker = current ? wf.workers.find((w) => w.id === current.workerId) : undefined;
  return { ...r, person: { ...r.person, teamId: worker?.teamId ?? null } };
}

/** One episode of need, from contact to closure. Returns the day it ended (or asAt if still open). */
function episode(ctx: JourneyContext, r: Draft, start: DayNumber, dob: DayNumber, home: string): DayNumber {
  const { rng, profile, workforce: wf, asAt } = ctx;
  const mash = wf.pick('front_door', start, rng);
  const receivedAt = new Date((start * 86400 + (8 * 3600 + rng.int(0, 9 * 3600))) * 1000).toISOString();
  const lateContact = rng.chance(profile.contactLateShare);
  const decideDay = Math.min(
    asAt,
    addWorkingDaysNumber(
      start,
      lateContact ? 2 + Math.round(rng.exp(profile.contactLateMeanWd)) : rng.chance(0.6) ? 0 : 1,
    ),
  );
  const awaiting = decideDay >= asAt && lateContact;
  const outcome = rng.weighted([
    ['nfa', 18],
    ['information_advice', 10],
    ['early_help', 14],
    ['referral', 58],
  ] as const);
  const contactId = rng.uuid();
  const source = rng.weighted(REFERRAL_SOURCES);
  r.contacts.push({
    id: contactId,
    receivedAt,
    source,
    decidedAt: awaiting
      ? null
      : new Date((nextWorkingDay(decideDay) * 86400 + 15 * 3600) * 1000).toISOString(),
    outcome: awaiting ? null : outcome,
    decidedBy: awaiting ? null : wf.managerOf(mash, decideDay, rng).id,
    reason: null,
  });
  if (awaiting || outcome !== 'referral') return decideDay;

  const refDay = nextWorkingDay(decideDay);
  const referralId = rng.uuid();
  const allocate = (
    kind: TeamKind,
    from: DayNumber,
    to: DayNumber | null,
    role: F.Allocation['role'] = 'social_worker',
  ) => {
    // Changes of worker over the allocation, at the profile's rate.
    let t = from;
    const last = to ?? asAt;
    while (t < last) {
      const w: DemoWorker = wf.pick(kind, t, rng);
      const stay = Math.round(rng.exp(365 / Math.max(0.1, profile.workerChangesPerYear)));
      const leaves = w.end !== null ? Math.min(w.end, t + stay) : t + stay;
      const until = leaves >= last ? to : leaves;
      r.allocations.push({
        id: rng.uuid(),
        workerId: w.id,
        role,
        from: iso(t),
        to: until === null ? null : iso(until),
      });
      if (until === null || until >= last) break;
      t = until;
    }
  };
  const oversee = (from: DayNumber, to: DayNumber) => {
    for (let m = from + 20; m < to; m += 30) {
      if (rng.chance(profile.oversightGapShare)) continue;
      const sw = wf.pick('assessment', m, rng);
      r.oversight.push({
        id: rng.uuid(),
        kind: rng.chance(0.3) ? 'supervision' : 'oversight',
        date: iso(m),
        managerId: wf.managerOf(sw, m, rng).id,
        note: 'Case discussed; plan reviewed and actions agreed (synthetic demo note).',
      });
    }
  };

  // Assessment (45 working days), maybe a strategy discussion and section 47 enquiry.
  const assessStart = Math.min(asAt, addWorkingDaysNumber(refDay, rng.chance(0.7) ? 0 : rng.int(1, 3)));
  const wdTaken = workingDaysTaken(rng, 45, profile.assessmentLateShare, profile.assessmentOverrunMeanWd);
  const authorised = addWorkingDaysNumber(assessStart, wdTaken);
  const assessmentId = rng.uuid();
  let end = authorised;
  // Closed after assessment: no further action (RC8) or referred to early help (RC9), unless more
  // work follows, when the reason is why that work ended.
  let closureReason: F.Referral['closureReason'] = rng.chance(0.35) ? 'RC9' : 'RC8';
  const s47 = rng.chance(0.3);
  let cpStart: DayNumber | null = null;
  if (s47) {
    const sdDay = Math.min(asAt, addWorkingDaysNumber(refDay, rng.int(0, 1)));
    const sdId = rng.uuid();
    r.strategyDiscussions.push({ id: sdId, referralId, date: iso(sdDay) });
    const conference = rng.chance(0.38);
    const icpc = conference
      ? addWorkingDaysNumber(sdDay, workingDaysTaken(rng, 15, profile.icpcLateShare, 8))
      : null;
    r.section47s.push({
      id: rng.uuid(),
      referralId,
      startDate: iso(sdDay),
      strategyDiscussionId: sdId,
      icpcDate: icpc !== null && icpc <= asAt ? iso(icpc) : null,
      icpcNotRequired: !conference,
    });
    if (icpc !== null && icpc <= asAt && rng.chance(0.88)) cpStart = icpc;
    // An enquiry is work beyond the assessment: the episode closes once it (and any conference) is done.
    closureReason = 'RC7';
    if (icpc !== null) end = Math.max(end, icpc);
  }
  allocate('assessment', refDay, Math.min(asAt, authorised) === asAt ? null : authorised);

  if (cpStart !== null) {
    const planId = rng.uuid();
    const months = Math.max(3, Math.round(rng.exp(9)));
    const planEnd = plusMonths(cpStart, months);
    const category = rng.weighted(ABUSE);
    r.cpPlans.push({
      id: planId,
      referralId,
      startDate: iso(cpStart),
      endDate: planEnd <= asAt ? iso(planEnd) : null,
      initialCategory: category,
      latestCategory: rng.chance(0.9) ? category : rng.weighted(ABUSE),
      numberOfPreviousPlans: rng.chance(0.23) ? 1 : 0,
    });
    const last = Math.min(planEnd, asAt);
    // Reviews: 3 months, then every 6 months.
    let due = plusMonths(cpStart, 3);
    while (due <= last) {
      const held = rng.chance(profile.reviewLateShare) ? due + rng.int(3, 40) : due - rng.int(0, 14);
      if (held > last) break;
      r.cpReviews.push({ id: rng.uuid(), cpPlanId: planId, date: iso(held) });
      due = plusMonths(held, 6);
    }
    // Core groups: first within 10 WD, then about monthly.
    let cg = addWorkingDaysNumber(
      cpStart,
      rng.chance(profile.visitLateShare) ? rng.int(11, 20) : rng.int(5, 10),
    );
    while (cg <= last) {
      r.coreGroups.push({ id: rng.uuid(), cpPlanId: planId, date: iso(cg) });
      cg += rng.chance(profile.visitLateShare) ? rng.int(35, 70) : rng.int(21, 30);
    }
    visits(ctx, r, 'cp', cpStart, last, 10);
    allocate('child_protection', cpStart, planEnd <= asAt ? planEnd : null);
    allocate('iro', cpStart, planEnd <= asAt ? planEnd : null, 'cp_chair');
    end = Math.max(end, planEnd);
    closureReason = 'RC7';
  } else if (authorised <= asAt && rng.chance(0.45)) {
    const planEnd = plusMonths(authorised, Math.max(2, Math.round(rng.exp(7))));
    r.cinPlans.push({
      id: rng.uuid(),
      referralId,
      startDate: iso(authorised),
      endDate: planEnd <= asAt ? iso(planEnd) : null,
    });
    visits(ctx, r, 'cin', authorised, Math.min(planEnd, asAt), 30);
    allocate('assessment', authorised, planEnd <= asAt ? planEnd : null);
    end = Math.max(end, planEnd);
    closureReason = 'RC7';
  }

  // About one referral in eight leads to the child becoming looked after.
  const ageAtRef = ageInYears(dob, refDay);
  if (rng.chance(ageAtRef < 1 ? 0.2 : 0.11)) {
    const careStart = Math.min(asAt - 1, refDay + rng.int(0, 120));
    // Children's services look after children, not adults: nobody starts a period of care at 18.
    if (careStart < plusYears(dob, 18) - 30) {
      const careEnd = careEpisode(ctx, r, careStart, dob, home);
      end = Math.max(end, careEnd ?? asAt);
      closureReason = closureAfterCare(r.careEpisodes.at(-1)?.reasonEnded ?? null, rng);
    }
  }

  oversee(refDay, Math.min(end, asAt));
  const closed = end < asAt;
  // Factors identified at assessment: "21, no factors identified" alone, for some assessments that
  // led to nothing more; otherwise two or three factors.
  const nothingMore = closed && (closureReason === 'RC8' || closureReason === 'RC9');
  r.assessments.push({
    id: assessmentId,
    referralId,
    startDate: iso(assessStart),
    authorisedDate: authorised <= asAt ? iso(authorised) : null,
    factors:
      nothingMore && rng.chance(0.3)
        ? ['21']
        : Array.from(
            new Set([rng.pick(FACTORS), rng.pick(FACTORS), ...(rng.chance(0.5) ? [rng.pick(FACTORS)] : [])]),
          ),
  });
  r.referrals.push({
    id: referralId,
    referralDate: iso(refDay),
    source,
    primaryNeed: rng.weighted(NEEDS),
    referralNfa: false,
    closureDate: closed ? iso(Math.max(end, refDay)) : null,
    closureReason: closed ? closureReason : null,
    contactId,
  });
  return Math.min(end, asAt);
}

/** The CIN episode's reason for closure when it ends with the child's period of care. */
function closureAfterCare(
  reasonEnded: F.CareEpisode['reasonEnded'],
  rng: Random,
): F.Referral['closureReason'] {
  switch (reasonEnded) {
    case 'E11':
    case 'E12':
      return 'RC1';
    case 'E41':
      return 'RC3';
    case 'E45':
    case 'E46':
    case 'E47':
    case 'E48':
      return 'RC4';
    case 'E3':
      return 'RC5';
    case 'E7':
      return 'RC6';
    default:
      return rng.chance(0.05) ? 'RC6' : 'RC7';
  }
}

/** Visits every `intervalWd` working days (with the profile's lateness) between two days. */
function visits(
  ctx: JourneyContext,
  r: Draft,
  kind: F.Visit['kind'],
  from: DayNumber,
  to: DayNumber,
  intervalWd: number,
) {
  const { rng, profile } = ctx;
  let d = addWorkingDaysNumber(from, rng.int(1, Math.min(5, intervalWd)));
  while (d <= to) {
    r.visits.push({
      id: rng.uuid(),
      kind,
      date: dayToIso(d),
      seen: true,
      seenAlone: rng.chance(0.7),
      workerId: null,
    });
    const late = rng.chance(profile.visitLateShare);
    d = addWorkingDaysNumber(
      d,
      late ? intervalWd + rng.int(2, intervalWd * 2) : rng.int(Math.ceil(intervalWd * 0.6), intervalWd),
    );
  }
}

/**
 * Ofsted-registered providers the demo council places children with (synthetic URNs: no real provider
 * is described). The council's own fostering service approves its foster carers, kinship carers
 * included; its own children's homes are in its own area; independent fostering agencies, private
 * children's homes, supported accommodation and adoption agencies are private (PR4), voluntary (PR5)
 * or another council's (PR2).
 */
interface Provider {
  readonly urn: string;
  readonly provider: 'PR1' | 'PR2' | 'PR4' | 'PR5';
  /** For homes and supported accommodation, where the children live; foster carers live anywhere. */
  readonly inArea?: boolean;
  readonly postcodeIndex?: number;
}
const OWN_FOSTERING: Provider = { urn: 'SC481630', provider: 'PR1' };
const AGENCY_FOSTERING: readonly Provider[] = [
  { urn: 'SC415772', provider: 'PR4' },
  { urn: 'SC406228', provider: 'PR4' },
  { urn: 'SC432019', provider: 'PR5' },
];
const CHILDRENS_HOMES: readonly Provider[] = [
  { urn: 'SC462101', provider: 'PR1', inArea: true, postcodeIndex: 17 },
  { urn: 'SC462877', provider: 'PR1', inArea: true, postcodeIndex: 61 },
  { urn: '2738495', provider: 'PR4', inArea: true, postcodeIndex: 103 },
  { urn: '2741160', provider: 'PR4', inArea: false, postcodeIndex: 211 },
  { urn: '2690344', provider: 'PR4', inArea: false, postcodeIndex: 498 },
  { urn: 'SC038812', provider: 'PR5', inArea: false, postcodeIndex: 733 },
];
const SUPPORTED_ACCOMMODATION: readonly Provider[] = [
  { urn: '2794410', provider: 'PR4', inArea: true, postcodeIndex: 40 },
  { urn: '2801973', provider: 'PR5', inArea: true, postcodeIndex: 88 },
  { urn: '2789021', provider: 'PR4', inArea: false, postcodeIndex: 352 },
];
const RESIDENTIAL_SCHOOLS: readonly Provider[] = [
  { urn: '121677', provider: 'PR5', inArea: false, postcodeIndex: 615 },
  { urn: '138204', provider: 'PR4', inArea: false, postcodeIndex: 880 },
];
const ADOPTION_AGENCIES: readonly Provider[] = [
  { urn: 'SC065816', provider: 'PR1' },
  { urn: 'SC057101', provider: 'PR2' },
  { urn: 'SC045570', provider: 'PR5' },
];

type Place = F.CareEpisode['placement'];
type Legal = F.CareEpisode['legalStatus'];

interface Placement {
  readonly place: Place;
  readonly provider: F.CareEpisode['provider'];
  readonly urn: string | null;
  readonly postcode: string;
  readonly longTerm: boolean;
}

/** A postcode from a list that is not the child's home (only a child placed with parents lives there). */
function awayFrom(list: readonly string[], i: number, home: string): string {
  const pc = list[i % list.length] as string;
  return pc === home ? (list[(i + 1) % list.length] as string) : pc;
}

function atProvider(ctx: JourneyContext, place: Place, p: Provider, home: string): Placement {
  const list = p.inArea ? ctx.homePostcodes : ctx.outOfAreaPostcodes;
  return {
    place,
    provider: p.provider,
    urn: p.urn,
    postcode: awayFrom(list, p.postcodeIndex ?? 0, home),
    longTerm: false,
  };
}

/**
 * A placement for a child of `age` under legal status `ls`, about `months` into care: mostly foster
 * care (kinship carers a quarter of the time, long-term once the child has been in care a year),
 * children's homes for older children, supported accommodation from 16, a few with parents under a
 * care order, residential schools and care homes.
 */
function choosePlacement(
  ctx: JourneyContext,
  age: number,
  ls: Legal,
  months: number,
  home: string,
  fosterForAdoption: boolean,
): Placement {
  const { rng } = ctx;
  if (fosterForAdoption) {
    return {
      place: 'U5',
      provider: 'PR1',
      urn: OWN_FOSTERING.urn,
      postcode: awayFrom(ctx.homePostcodes, rng.int(0, 999), home),
      longTerm: false,
    };
  }
  const kind = rng.weighted([
    ['foster', age >= 16 ? 45 : 80],
    ['home', age >= 10 ? (age >= 16 ? 15 : 14) : 0],
    ['supported', age >= 16 ? 40 : 0],
    ['parents', ls === 'C1' || ls === 'C2' ? 4 : 0],
    ['school', age >= 8 && age < 16 ? 1.5 : 0],
    ['care_home', age < 16 ? 0.5 : 0],
  ] as const);
  switch (kind) {
    case 'home':
      return atProvider(ctx, 'K2', rng.pick(CHILDRENS_HOMES), home);
    case 'supported':
      return atProvider(ctx, 'K3', rng.pick(SUPPORTED_ACCOMMODATION), home);
    case 'school':
      return atProvider(ctx, 'S1', rng.pick(RESIDENTIAL_SCHOOLS), home);
    case 'care_home':
      return {
        place: 'R1',
        provider: 'PR4',
        urn: null,
        postcode: awayFrom(ctx.outOfAreaPostcodes, rng.int(0, 9999), home),
        longTerm: false,
      };
    case 'parents':
      return { place: 'P1', provider: 'PR0', urn: null, postcode: home, longTerm: false };
    default: {
      const kinship = rng.chance(0.25);
      const longTerm = months >= 12 && rng.chance(0.6);
      const agency = !kinship && rng.chance(0.35) ? rng.pick(AGENCY_FOSTERING) : OWN_FOSTERING;
      const inArea = rng.chance(kinship ? 0.75 : agency === OWN_FOSTERING ? 0.7 : 0.4);
      const list = inArea ? ctx.homePostcodes : ctx.outOfAreaPostcodes;
      return {
        place: kinship ? (longTerm ? 'U1' : 'U3') : longTerm ? 'U4' : 'U6',
        provider: agency.provider,
        urn: agency.urn,
        postcode: awayFrom(list, rng.int(0, 9999), home),
        longTerm,
      };
    }
  }
}

/** A change in a period of care: a new legal status, a new placement, or both on the same day. */
interface Change {
  readonly day: DayNumber;
  ls?: Legal;
  placement?: Placement;
  /** Why the placement before this one ended (the 903's reason for placement change). */
  reason?: F.CareEpisode['reasonPlaceChange'];
}

const MOVE_REASONS = [
  ['CARPL', 34],
  ['CREQB', 14],
  ['CREQO', 10],
  ['CHILD', 10],
  ['LAREQ', 9],
  ['CLOSE', 4],
  ['STAND', 3],
  ['ALLEG', 3],
  ['OTHER', 13],
] as const;

/** A period of care: placements, reviews, visits, health, education; returns its end day or null if open. */
function careEpisode(
  ctx: JourneyContext,
  r: Draft,
  start: DayNumber,
  dob: DayNumber,
  home: string,
): DayNumber | null {
  const { rng, profile, asAt } = ctx;
  const age = ageInYears(dob, start);
  const eighteen = plusYears(dob, 18);
  const cin = rng.weighted([
    ['N1', 65],
    ['N2', 5],
    ['N4', 6],
    ['N5', 12],
    ['N8', 8],
    ['N6', 2],
    ['N3', 2],
  ] as const);

  // Legal status on entry: accommodated with consent (s20, V2), an interim care order (C1), or police
  // protection (L1) for a day or two until one of the others is in place.
  const entry: Legal = rng.weighted(
    age >= 16
      ? ([
          ['V2', 80],
          ['C1', 15],
          ['L1', 5],
        ] as const)
      : ([
          ['V2', age < 1 ? 25 : 42],
          ['C1', age < 1 ? 62 : 48],
          ['L1', age < 1 ? 13 : 10],
        ] as const),
  );
  const changes: Change[] = [];
  let ls: Legal = entry;
  let lsDay = start;
  if (ls === 'L1') {
    lsDay = start + rng.int(1, 2);
    ls = rng.chance(0.6) ? 'C1' : 'V2';
    changes.push({ day: lsDay, ls });
  }
  if (ls === 'V2' && age < 16 && rng.chance(0.25)) {
    lsDay += rng.int(30, 200);
    ls = 'C1';
    changes.push({ day: lsDay, ls });
  }
  // Young children under a care order are sometimes adopted: the decision that they should be placed
  // for adoption, then a placement order (E1), a match, placement with the adopters and an order.
  const adoption = age < 4 && ls === 'C1' && rng.chance(0.3);
  const fosterForAdoption = adoption && rng.chance(0.25);
  let planned: DayNumber;
  let adopted: { decision: DayNumber; order: DayNumber; match: DayNumber; placed: DayNumber } | null = null;
  if (adoption) {
    const decision = Math.max(lsDay, start + rng.int(100, 240));
    const order = decision + rng.int(30, 120);
    const match = order + rng.int(40, 180);
    const placed = match + rng.int(7, 28);
    adopted = { decision, order, match, placed };
    planned = placed + rng.int(75, 300);
    changes.push({ day: order, ls: 'E1' });
  } else if (ls === 'C1') {
    // Care proceedings end in a care order for most children who stay in care (26 weeks or more).
    planned = start + Math.max(20, Math.round(rng.exp(age < 1 ? 700 : 640)));
    changes.push({ day: lsDay + rng.int(140, 320), ls: 'C2' });
  } else {
    // Accommodated with consent: shorter on the whole, many going home within months.
    planned = start + Math.max(20, Math.round(rng.exp(320)));
  }
  const end = Math.min(planned, eighteen);
  const ended = end <= asAt;
  const last = Math.min(end, asAt);

  // Placements: moves at the profile's rate; an adopted child's last move is to the adopters.
  // A child coming into care is not placed back with the parents it was removed from.
  const placement = choosePlacement(ctx, age, 'V2', 0, home, fosterForAdoption);
  const settledFrom = adopted ? adopted.placed : end;
  let current = placement;
  const stay = () => Math.max(14, Math.round(rng.exp(365 / Math.max(0.05, profile.placementMovesPerYear))));
  // A child fostered for adoption stays with the carers who will adopt.
  for (let d = start + stay(); d < settledFrom && !fosterForAdoption; d += stay()) {
    const lsNow = [...changes].reverse().find((c) => c.ls && c.day <= d)?.ls ?? entry;
    const next = choosePlacement(ctx, ageInYears(dob, d), lsNow, Math.floor((d - start) / 30), home, false);
    // A move is to somewhere else: the same provider at the same address is no move at all.
    if (next.place !== current.place || next.postcode !== current.postcode || next.urn !== current.urn) {
      changes.push({ day: d, placement: next, reason: rng.weighted(MOVE_REASONS) });
      current = next;
    }
  }
  let adoptionPlacement: Placement | null = null;
  if (adopted) {
    adoptionPlacement = fosterForAdoption
      ? { ...placement, place: 'A5' }
      : {
          ...atProvider(ctx, 'A6', rng.pick(ADOPTION_AGENCIES), home),
          postcode: awayFrom(ctx.outOfAreaPostcodes, rng.int(0, 9999), home),
        };
    changes.push({ day: adopted.placed, placement: adoptionPlacement, reason: 'CARPL' });
  }

  // One row per legal status and placement: a change of both on one day is one row (RNE B).
  const byDay = new Map<DayNumber, Change>();
  for (const c of changes) {
    if (c.day <= start || c.day >= end) continue;
    const seen = byDay.get(c.day);
    byDay.set(
      c.day,
      seen ? { ...seen, ...c, ls: c.ls ?? seen.ls, placement: c.placement ?? seen.placement } : { ...c },
    );
  }
  const rows: {
    day: DayNumber;
    rne: F.CareEpisode['reasonNewEpisode'];
    ls: Legal;
    placement: Placement;
    reason: Change['reason'];
  }[] = [{ day: start, rne: 'S', ls: entry, placement, reason: undefined }];
  for (const c of [...byDay.values()].sort((a, b) => a.day - b.day)) {
    const prev = rows.at(-1) as (typeof rows)[number];
    const newLs = c.ls !== undefined && c.ls !== prev.ls ? c.ls : undefined;
    if (newLs === undefined && c.placement === undefined) continue;
    // Placed for adoption with the child's current foster carers, the 903 has its own reasons: T for
    // the placement type only, U for that and the legal status together.
    const withCarers = c.placement?.place === 'A5';
    rows.push({
      day: c.day,
      rne: newLs && c.placement ? (withCarers ? 'U' : 'B') : newLs ? 'L' : withCarers ? 'T' : 'P',
      ls: newLs ?? prev.ls,
      placement: c.placement ?? prev.placement,
      reason: c.reason,
    });
  }
  const finalRow = rows.at(-1) as (typeof rows)[number];
  const reasonEnded = ended
    ? adopted
      ? rng.chance(0.8)
        ? 'E11'
        : 'E12'
      : endReason(rng, end === eighteen, ageInYears(dob, end), finalRow.placement.place)
    : null;
  const placementStarts: DayNumber[] = [];
  rows.forEach((row, i) => {
    const next = rows[i + 1];
    if (row.day > asAt) return;
    if (row.rne !== 'L') placementStarts.push(row.day);
    const to = next ? next.day : ended ? end : null;
    r.careEpisodes.push({
      id: rng.uuid(),
      startDate: dayToIso(row.day),
      reasonNewEpisode: row.rne,
      legalStatus: row.ls,
      categoryOfNeed: cin,
      placement: row.placement.place,
      provider: row.placement.provider,
      endDate: to !== null && to <= asAt ? dayToIso(to) : null,
      reasonEnded: next ? (next.day <= asAt ? 'X1' : null) : reasonEnded,
      // The reason a placement changed is recorded on the episode the change ended.
      reasonPlaceChange: next && next.day <= asAt && next.rne !== 'L' ? (next.reason ?? 'CARPL') : null,
      homePostcode: home,
      placementPostcode: row.placement.postcode,
      urn: row.placement.urn,
      longTermFoster: row.placement.longTerm,
      shortBreak: false,
    });
  });

  // A few girls in care become mothers in their later teens (the 903 asks of every girl in care).
  const fifteen = plusYears(dob, 15);
  if (
    r.person.sex === 'F' &&
    r.person.motherOfChildDateOfBirth === null &&
    last > fifteen &&
    rng.chance(0.05)
  ) {
    const born = Math.max(start, fifteen) + rng.int(0, last - Math.max(start, fifteen));
    if (born <= asAt) r.person = { ...r.person, motherOfChildDateOfBirth: dayToIso(born) };
  }

  // Reviews: 20 working days, then 3 months, then every 6 months. The child's participation: PN0
  // for a child under 4 at the review, otherwise how the child took part.
  let due = addWorkingDaysNumber(start, 20);
  let n = 0;
  while (due <= last) {
    const held = rng.chance(profile.reviewLateShare)
      ? due + rng.int(3, 50)
      : due - rng.int(0, n === 0 ? 8 : 20);
    if (held > last) break;
    r.claReviews.push({
      id: rng.uuid(),
      date: dayToIso(held),
      participation:
        ageInYears(dob, held) < 4
          ? 'PN0'
          : rng.weighted([
              ['PN1', 50],
              ['PN2', 10],
              ['PN3', 10],
              ['PN4', 8],
              ['PN5', 5],
              ['PN6', 3],
              ['PN7', 2],
            ] as const),
    });
    due = n === 0 ? plusMonths(held, 3) : plusMonths(held, 6);
    n++;
  }
  // Statutory visits: within a week of each placement, then at most every six weeks.
  placementStarts.forEach((ps, i) => {
    const until = Math.min(placementStarts[i + 1] ?? last, last);
    let v = ps + (rng.chance(profile.visitLateShare) ? rng.int(8, 20) : rng.int(1, 7));
    while (v <= until) {
      r.visits.push({
        id: rng.uuid(),
        kind: 'cla',
        date: dayToIso(v),
        seen: true,
        seenAlone: rng.chance(0.6),
        workerId: null,
      });
      v += rng.chance(profile.visitLateShare) ? rng.int(43, 90) : rng.int(20, 42);
    }
  });
  // Health: initial assessment (20 WD), reviews (6 or 12 months), dental, SDQ for ages 4-16.
  const requested = addWorkingDaysNumber(
    start,
    rng.chance(profile.ihaInTimeShare) ? rng.int(1, 5) : rng.int(4, 25),
  );
  const ihaDone = rng.chance(profile.ihaInTimeShare)
    ? addWorkingDaysNumber(start, rng.int(8, 20))
    : addWorkingDaysNumber(start, rng.int(21, 90));
  if (requested <= asAt) {
    r.healthAssessments.push({
      id: rng.uuid(),
      kind: 'initial',
      requestedDate: dayToIso(requested),
      date: ihaDone <= last ? dayToIso(ihaDone) : null,
    });
  }
  let h = ihaDone;
  while (h <= last) {
    const interval = ageInYears(dob, h) < 5 ? 6 : 12;
    const nextDue = plusMonths(h, interval);
    const missed = rng.chance(profile.healthMissedShare);
    h = missed ? plusMonths(nextDue, rng.int(1, 6)) : nextDue - rng.int(0, 30);
    if (h > last) break;
    r.healthAssessments.push({
      id: rng.uuid(),
      kind: 'review',
      requestedDate: dayToIso(h - rng.int(10, 30)),
      date: dayToIso(h),
    });
  }
  for (
    let y = plusMonths(start, rng.int(1, 8));
    y <= last;
    y = plusMonths(y, rng.chance(profile.healthMissedShare) ? 15 : 11)
  ) {
    if (ageInYears(dob, y) >= 1) r.dentalChecks.push({ id: rng.uuid(), date: dayToIso(y) });
    const a = ageInYears(dob, y);
    if (a >= 4 && a <= 16 && !rng.chance(profile.healthMissedShare)) {
      r.sdqs.push({
        id: rng.uuid(),
        date: dayToIso(y + rng.int(0, 40) > last ? y : y + rng.int(0, 40)),
        score: Math.min(40, Math.round(rng.exp(12))),
        reason: null,
      });
    }
  }
  // Immunisations are checked at each health assessment: the status as at that day.
  for (const ha of r.healthAssessments) {
    if (ha.date === null || ha.date < dayToIso(start) || ha.date > dayToIso(last)) continue;
    r.immunisations.push({ id: rng.uuid(), asAt: ha.date, upToDate: !rng.chance(profile.healthMissedShare) });
  }
  // Education: an initial PEP for school-age children, then termly reviews.
  if (ageInYears(dob, start) >= 4 && ageInYears(dob, start) < 17) {
    let p = addWorkingDaysNumber(start, rng.chance(profile.pepLateShare) ? rng.int(21, 60) : rng.int(5, 20));
    let kind: 'initial' | 'review' = 'initial';
    while (p <= last && ageInYears(dob, p) < 18) {
      r.peps.push({ id: rng.uuid(), kind, date: dayToIso(p) });
      p = plusMonths(p, rng.chance(profile.pepLateShare) ? rng.int(5, 8) : rng.int(3, 4));
      kind = 'review';
    }
  }
  // Missing from care: mostly teenagers. Each time starts and ends within the period of care, one
  // after another; one still going on is open only while the child is still looked after.
  if (ageInYears(dob, last) >= 12 && rng.chance(0.2)) {
    const starts = Array.from({ length: rng.int(1, 4) }, () => start + rng.int(0, Math.max(1, last - start)));
    let free = start;
    for (const s0 of starts.sort((a, b) => a - b)) {
      const ms = Math.max(s0, free);
      // Not missing as care ends: the return would then need the end of care explained (rule 580).
      if (ms > last || ms >= asAt || (ended && ms + 2 > last)) break;
      const back = ms + rng.int(0, 2);
      const endDay = back <= last ? back : ended ? last : null;
      r.missingEpisodes.push({
        id: rng.uuid(),
        kind: rng.chance(0.8) ? 'M' : 'A',
        startDate: dayToIso(ms),
        endDate: endDay === null ? null : dayToIso(endDay),
        returnInterviewOffered: rng.chance(0.8),
      });
      if (endDay === null) break;
      free = endDay + 1;
    }
  }
  // Adoption: the decision that the child should be placed for adoption, the placement order, the
  // match with adopters and the placement, each recorded once it has happened.
  if (adopted && adopted.decision <= asAt) {
    const known = (d: DayNumber) => (d <= asAt ? dayToIso(d) : null);
    r.adoptions.push({
      id: rng.uuid(),
      decisionDate: dayToIso(adopted.decision),
      placementOrderDate: known(adopted.order),
      matchDate: known(adopted.match),
      placedDate: known(adopted.placed),
      placedCeasedDate: null,
      placedCeasedReason: null,
      ...adopters(rng, adopted.match <= asAt),
    });
  }
  // Allocations: a social worker (changes at the profile's rate) and an IRO.
  const allocate = (kind: TeamKind, role: F.Allocation['role'], from: DayNumber, to: DayNumber | null) => {
    let t = from;
    const stop = to ?? asAt;
    while (t < stop) {
      const w = ctx.workforce.pick(kind, t, rng);
      const stay = Math.round(
        rng.exp(365 / Math.max(0.1, role === 'iro' ? 0.4 : profile.workerChangesPerYear)),
      );
      const until = w.end !== null ? Math.min(w.end, t + stay) : t + stay;
      const open = until >= stop;
      r.allocations.push({
        id: rng.uuid(),
        workerId: w.id,
        role,
        from: dayToIso(t),
        to: open ? (to === null ? null : dayToIso(to)) : dayToIso(until),
      });
      if (open) break;
      t = until;
    }
  };
  allocate('children_in_care', 'social_worker', start, ended ? end : null);
  allocate('iro', 'iro', start, ended ? end : null);

  // Care leavers: looked after at 16 or over for 13 weeks or more since 14.
  const sixteen = plusYears(dob, 16);
  const eligible = last >= sixteen && last - Math.max(start, plusYears(dob, 14)) >= 91;
  if (eligible) {
    const na =
      plusMonths(sixteen, 0) + (rng.chance(profile.reviewLateShare) ? rng.int(92, 200) : rng.int(0, 90));
    if (na <= asAt) {
      r.pathwayPlans.push({ id: rng.uuid(), kind: 'needs_assessment', date: dayToIso(Math.max(na, start)) });
      r.pathwayPlans.push({
        id: rng.uuid(),
        kind: 'plan',
        date: dayToIso(Math.max(na, start) + rng.int(0, 20)),
      });
      for (
        let pr = plusMonths(Math.max(na, start), rng.chance(profile.reviewLateShare) ? 8 : 6);
        pr <= Math.min(asAt, plusYears(dob, 21));
        pr = plusMonths(pr, rng.chance(profile.reviewLateShare) ? 8 : 6)
      ) {
        r.pathwayPlans.push({ id: rng.uuid(), kind: 'review', date: dayToIso(pr) });
      }
      allocate(
        'leaving_care',
        'personal_adviser',
        Math.max(na, start),
        plusYears(dob, 21) <= asAt ? plusYears(dob, 21) : null,
      );
    }
    for (let age = 17; age <= 21; age++) {
      const birthday = plusYears(dob, age);
      if (birthday > asAt || birthday < start) continue;
      const contact = birthday + rng.int(-30, 25);
      if (contact > asAt) continue;
      const lost = rng.chance(profile.careLeaverNotInTouchShare);
      r.careLeaverContacts.push({
        id: rng.uuid(),
        date: dayToIso(contact),
        inTouch: lost ? rng.pick(['NO', 'REFU'] as const) : 'YES',
        activity: lost
          ? null
          : rng.weighted([
              ['F1', 20],
              ['F2', 15],
              ['P1', 10],
              ['P2', 8],
              ['G4', 20],
              ['G5', 10],
              ['G6', 5],
              ['F4', 4],
              ['P4', 4],
              ['F5', 4],
            ] as const),
        accommodation: lost
          ? null
          : rng.weighted([
              ['B1', 5],
              ['C1', 5],
              ['D1', 15],
              ['E1', 10],
              ['G1', 5],
              ['H1', 10],
              ['K1', 5],
              ['R1', 10],
              ['S2', 2],
              ['T1', 10],
              ['U1', 10],
              ['V1', 5],
              ['W1', 3],
              ['Y1', 5],
            ] as const),
      });
    }
  }
  return ended ? end : null;
}

/**
 * Why a period of care (other than by adoption) ended, consistent with the child's age and last
 * placement: at 18 staying put with foster carers (E17) only from foster care; a special guardianship
 * order to former foster carers (E45 relatives or friends, E46 others) only from that foster care;
 * sentenced to custody (E9) only from 10.
 */
function endReason(
  rng: Random,
  atEighteen: boolean,
  age: number,
  place: Place,
): F.CareEpisode['reasonEnded'] {
  const kinship = place === 'U1' || place === 'U3';
  const foster = kinship || place === 'U4' || place === 'U6';
  if (atEighteen)
    return rng.weighted([
      ['E17', foster ? 30 : 0],
      ['E5', 35],
      ['E6', 15],
      ['E8', 10],
      ['E13', 10],
    ] as const);
  return rng.weighted([
    ['E4A', 35],
    ['E13', 12],
    ['E41', 8],
    ['E45', kinship ? 25 : 0],
    ['E46', foster && !kinship ? 5 : 0],
    ['E47', 4],
    ['E48', 2],
    ['E8', 8],
    ['E3', 3],
    ['E9', age >= 12 ? 2 : 0],
    ['E4B', 6],
  ] as const);
}

/** The adopters, known once the child is matched (903 AD1): legal status consistent with their sexes. */
function adopters(rng: Random, matched: boolean) {
  if (!matched) return { numberOfAdopters: null, adopterSexes: null, adopterLegalStatus: null };
  if (rng.chance(0.15)) {
    return {
      numberOfAdopters: '1' as const,
      adopterSexes: rng.chance(0.85) ? ('F1' as const) : ('M1' as const),
      adopterLegalStatus: 'L0' as const,
    };
  }
  if (rng.chance(0.88)) {
    return {
      numberOfAdopters: '2' as const,
      adopterSexes: 'MF' as const,
      adopterLegalStatus: rng.chance(0.75) ? ('L11' as const) : ('L3' as const),
    };
  }
  return {
    numberOfAdopters: '2' as const,
    adopterSexes: rng.chance(0.5) ? ('MM' as const) : ('FF' as const),
    adopterLegalStatus: rng.weighted([
      ['L12', 40],
      ['L2', 35],
      ['L4', 25],
    ] as const),
  };
}
