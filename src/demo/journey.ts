/**
 * One synthetic child's journey through children's social care, as dated facts: a contact, perhaps a
 * referral and assessment, perhaps a section 47 and a child protection plan, a child in need plan, a
 * period in care with placements, reviews, visits and health checks, and leaving care. Timeliness is
 * drawn from the council's practice profile. Pure: the same random stream gives the same child.
 */
import { CODES_903 } from '../codes/ssda903.ts';
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
  '21',
  '22A',
  '24A',
];
const FOSTER = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'] as const;
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
    disabilities: rng.chance(0.1) ? [rng.pick(['AUT', 'LD', 'COMM', 'BEH', 'MOB'] as const)] : [],
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
    const end = episode(ctx, r, when, dob, home);
    when = end + 30 + rng.int(0, 330);
  }
  // The child's team is the team of the worker now allocated; a closed case belongs to no team.
  const current =
    r.allocations.find((a) => a.to === null && a.role === 'social_worker') ??
    r.allocations.find((a) => a.to === null && a.role === 'personal_adviser');
  const worker = current ? wf.workers.find((w) => w.id === current.workerId) : undefined;
  return { ...r, person: { ...person, teamId: worker?.teamId ?? null } };
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
  r.assessments.push({
    id: assessmentId,
    referralId,
    startDate: iso(assessStart),
    authorisedDate: authorised <= asAt ? iso(authorised) : null,
    factors: Array.from(
      new Set([rng.pick(FACTORS), rng.pick(FACTORS), ...(rng.chance(0.5) ? [rng.pick(FACTORS)] : [])]),
    ),
  });
  let end = authorised;
  let closureReason: F.Referral['closureReason'] = 'RC8';
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
    const careEnd = careEpisode(ctx, r, careStart, dob, home);
    end = Math.max(end, careEnd ?? asAt);
    closureReason = 'RC7';
  }

  oversee(refDay, Math.min(end, asAt));
  const closed = end < asAt;
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
  const planned = start + Math.max(20, Math.round(rng.exp(age < 1 ? 600 : 520)));
  const end = Math.min(planned, eighteen);
  const ended = end <= asAt;
  const last = Math.min(end, asAt);
  const legal = rng.weighted([
    ['C2', 55],
    ['C1', 20],
    ['V2', 16],
    ['E1', 3],
    ['L1', 2],
    ['D1', 2],
    ['J2', 2],
  ] as const);
  const adoption = age < 4 && (legal === 'C2' || legal === 'E1') && rng.chance(0.25);
  const cin = rng.weighted([
    ['N1', 65],
    ['N2', 5],
    ['N4', 6],
    ['N5', 12],
    ['N8', 8],
    ['N6', 2],
    ['N3', 2],
  ] as const);

  // Placements: moves at the profile's rate; each move closes the episode row (X1) and opens the next.
  let d = start;
  let rne: 'S' | 'P' | 'L' = 'S';
  let ls: string = legal;
  let moves = 0;
  const placementStarts: DayNumber[] = [];
  while (d < last || (d === start && moves === 0)) {
    const next = d + Math.max(14, Math.round(rng.exp(365 / Math.max(0.05, profile.placementMovesPerYear))));
    const isLast = next >= last;
    const inArea = rng.chance(0.62);
    const ageNow = ageInYears(dob, d);
    let place: string =
      ageNow >= 16 && rng.chance(0.5)
        ? rng.pick(['Z11', 'Z12', 'Z13', 'Z14'] as const)
        : rng.weighted([
            [rng.pick(FOSTER), 74],
            ['K2', 12],
            ['R1', 5],
            ['P1', 5],
            ['S1', 1],
            ['K1', 1],
            ['R2', 1],
            ['T1', 1],
          ] as const);
    if (!(CODES_903.Episodes.PLACE as readonly string[]).includes(place)) place = 'U4';
    if (adoption && moves >= 1) place = 'A6';
    const id = rng.uuid();
    placementStarts.push(d);
    r.careEpisodes.push({
      id,
      startDate: dayToIso(d),
      reasonNewEpisode: rne,
      legalStatus: ls as F.CareEpisode['legalStatus'],
      categoryOfNeed: cin,
      placement: place as F.CareEpisode['placement'],
      provider: place.startsWith('U')
        ? rng.chance(0.7)
          ? 'PR1'
          : 'PR4'
        : place === 'K2'
          ? inArea
            ? 'PR1'
            : 'PR4'
          : place === 'P1'
            ? 'PR0'
            : 'PR1',
      endDate: isLast ? (ended ? dayToIso(end) : null) : dayToIso(next),
      reasonEnded: isLast ? (ended ? endReason(rng, end === eighteen, adoption) : null) : 'X1',
      reasonPlaceChange:
        rne === 'P' ? rng.pick(['CARPL', 'CHILD', 'LAREQ', 'PLACE', 'CREQB', 'OTHER'] as const) : null,
      homePostcode: home,
      placementPostcode:
        place === 'P1' ? home : inArea ? rng.pick(ctx.homePostcodes) : rng.pick(ctx.outOfAreaPostcodes),
      urn: place === 'K2' || place === 'R1' ? `SC${String(rng.int(100000, 999999))}` : null,
      longTermFoster: place.startsWith('U') && d - start > 365 && rng.chance(0.5),
      shortBreak: false,
    });
    if (isLast) break;
    d = next;
    rne = 'P';
    moves++;
    if (ls === 'V2' && rng.chance(0.3)) {
      ls = 'C2';
      rne = 'L';
    }
  }

  // Reviews: 20 working days, then 3 months, then every 6 months.
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
      participation: rng.weighted([
        ['PN1', 50],
        ['PN2', 10],
        ['PN3', 10],
        ['PN4', 8],
        ['PN5', 5],
        ['PN0', 12],
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
  r.immunisations.push({
    id: rng.uuid(),
    asAt: dayToIso(last),
    upToDate: !rng.chance(profile.healthMissedShare),
  });
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
  // Missing from care: mostly teenagers.
  if (ageInYears(dob, last) >= 12 && rng.chance(0.2)) {
    for (let k = rng.int(1, 4); k > 0; k--) {
      const ms = start + rng.int(0, Math.max(1, last - start));
      if (ms >= asAt) continue;
      r.missingEpisodes.push({
        id: rng.uuid(),
        kind: rng.chance(0.8) ? 'M' : 'A',
        startDate: dayToIso(ms),
        endDate: ms + 2 <= asAt ? dayToIso(ms + rng.int(0, 2)) : null,
        returnInterviewOffered: rng.chance(0.8),
      });
    }
  }
  // Adoption: decision, placement order, match and placement for some young children in care.
  if (adoption) {
    const decision = start + rng.int(60, 200);
    if (decision <= last) {
      const order = decision + rng.int(30, 120);
      const match = order + rng.int(30, 200);
      const placed = placementStarts[1];
      r.adoptions.push({
        id: rng.uuid(),
        decisionDate: dayToIso(decision),
        placementOrderDate: order <= asAt ? dayToIso(order) : null,
        matchDate: match <= asAt ? dayToIso(match) : null,
        placedDate: placed !== undefined && placed <= asAt ? dayToIso(placed) : null,
        placedCeasedDate: null,
        placedCeasedReason: null,
      });
    }
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

function endReason(rng: Random, atEighteen: boolean, adoption: boolean): F.CareEpisode['reasonEnded'] {
  if (adoption) return rng.chance(0.6) ? 'E11' : 'E12';
  if (atEighteen)
    return rng.weighted([
      ['E17', 15],
      ['E5', 35],
      ['E6', 20],
      ['E8', 15],
      ['E13', 15],
    ] as const);
  return rng.weighted([
    ['E4A', 35],
    ['E13', 15],
    ['E41', 10],
    ['E45', 10],
    ['E46', 5],
    ['E48', 3],
    ['E8', 10],
    ['E3', 4],
    ['E9', 2],
    ['E4B', 6],
  ] as const);
}
