/**
 * Builds the SSDA903 tables for a collection year from children's records: the return is a view of
 * the record as at 31 March, never typed in twice. Pure: records in, tables of CSV text out, in DfE's
 * column names and DD/MM/YYYY dates.
 *
 * Where the record does not hold an item the return asks for, the builder leaves it blank rather than
 * inventing it (an adoption recorded without its adopters leaves AD1's adopter columns blank, and the
 * validator reports them: rules 151 and 601). Items the record can only answer as "nothing recorded" (a conviction or a substance misuse problem in the
 * year) are returned as 0.
 */
import { ageInYears, type DayNumber, dayToIso, type IsoDate, isoToDay, plusYears } from '../../core/day.ts';
import type { Adoption, CareEpisode, ChildRecord } from '../../record/facts.ts';
import type { Row, Table } from '../common/table.ts';
import { metaFor } from './meta.ts';
import type { Tables903 } from './rule.ts';
import { type BaseTable903, TABLES_903 } from './tables.ts';

export function dmyText(iso: IsoDate | null | undefined): string | null {
  if (!iso) return null;
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

const day = (iso: IsoDate | null | undefined): DayNumber | null => (iso ? isoToDay(iso) : null);

function table(name: BaseTable903, rows: Row[]): Table {
  return { columns: TABLES_903[name], rows };
}

/** Short breaks (V3, V4) are not a period of care in the 903's cohorts. */
const SHORT_BREAK = new Set(['V3', 'V4']);
const ADOPTED = new Set(['E11', 'E12']);
/** Placed for adoption with the child's current foster carer(s) (A3 with consent, A5 under an order). */
const WITH_FOSTER_CARER = new Set(['A3', 'A5']);

/**
 * A postcode as the 903 carries it: the full postcode, upper case, outward and inward codes
 * separated by one space ('YO10 3DJ'). The DfE derives the placement LA, in/out of area and the
 * distance from the full postcodes (derive.ts looks them up the same way), so they are not cut short.
 */
export function postcode903(pc: string | null | undefined): string | null {
  if (!pc) return null;
  const s = pc.replace(/\s+/g, '').toUpperCase();
  // A partial postcode (an imported return's 'YO1 7') has no full inward code to split off: keep it as given.
  if (!/\d[A-Z]{2}$/.test(s)) return pc.trim().replace(/\s+/g, ' ').toUpperCase();
  return s.length > 3 ? `${s.slice(0, -3)} ${s.slice(-3)}` : s;
}

/** Episodes that were open at some point in the collection year, in date order. */
function episodesInYear(r: ChildRecord, start: DayNumber, end: DayNumber): CareEpisode[] {
  return r.careEpisodes
    .filter((e) => {
      const s = day(e.startDate) as DayNumber;
      const f = day(e.endDate);
      return s <= end && (f === null || f >= start);
    })
    .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
}

/**
 * The OC2 cohort, as the DfE tool decides it from the year's episodes: looked after during the year,
 * no period of care starting after 1 April, none ending (other than X1) before 31 March, and no
 * short breaks. That is, looked after throughout the year: continuously for 12 months at 31 March.
 */
function lookedAfterAllYear(eps: readonly CareEpisode[], start: DayNumber, end: DayNumber): boolean {
  if (eps.length === 0) return false;
  for (const e of eps) {
    const s = day(e.startDate) as DayNumber;
    const f = day(e.endDate);
    if (SHORT_BREAK.has(e.legalStatus)) return false;
    if (e.reasonNewEpisode === 'S' && s > start) return false;
    if (f !== null && f < end && e.reasonEnded !== 'X1') return false;
  }
  return true;
}

const bit = (b: boolean) => (b ? '1' : '0');

export interface BuildOptions {
  /** Collection END year, e.g. '2026' for 2025/26. */
  readonly collectionYear: string;
}

/**
 * Codes that changed between collections, as an earlier year's return must carry them: until 2023/24
 * sex was coded 1 (male) or 2 (female), and supported accommodation (K3 from 2024/25) was H5, which
 * Ofsted registered (so with a URN) only from October 2023.
 */
function yearCodes(collectionYear: string) {
  const before2025 = Number(collectionYear) <= 2024;
  const unregistered = Number(collectionYear) <= 2023;
  return {
    urn: (place: string, urn: string | null): string | null => (unregistered && place === 'K3' ? null : urn),
    sex: (sex: string): string =>
      before2025 ? (({ M: '1', F: '2' } as Record<string, string>)[sex] ?? sex) : sex,
    place: (place: string): string => (before2025 && place === 'K3' ? 'H5' : place),
  };
}

export function build903(records: Iterable<ChildRecord>, o: BuildOptions): Tables903 {
  const meta = metaFor(o.collectionYear, null);
  const start = meta.collectionStart;
  const end = meta.collectionEnd;
  const codes = yearCodes(o.collectionYear);
  const rows: Record<BaseTable903, Row[]> = {
    Header: [],
    Episodes: [],
    Reviews: [],
    UASC: [],
    OC2: [],
    OC3: [],
    AD1: [],
    PlacedAdoption: [],
    PrevPerm: [],
    Missing: [],
    SWEpisodes: [],
    DoLo: [],
  };
  for (const r of records) {
    const p = r.person;
    const child = p.laChildId;
    const dob = dmyText(p.dateOfBirth);
    const eps = episodesInYear(r, start, end);
    const careLeaverRows = careLeaver(r, start, end);
    if (eps.length === 0 && careLeaverRows.length === 0) continue;

    const dobDay = day(p.dateOfBirth);
    // MOTHER is asked of every girl looked after in the year other than only on short breaks, at any
    // age; it is not asked of care leavers who were not looked after in the year (rule 628).
    const mother = p.sex === 'F' && eps.some((e) => !SHORT_BREAK.has(e.legalStatus));
    // A mother by the end of the year, or by the day she left care if that was earlier (rule 625).
    const lastDay = eps.some((e) => e.endDate === null || (day(e.endDate) as DayNumber) > end)
      ? end
      : Math.max(...eps.map((e) => day(e.endDate) as DayNumber));
    const motherOfChild =
      mother &&
      p.motherOfChildDateOfBirth !== null &&
      (day(p.motherOfChildDateOfBirth) as DayNumber) <= lastDay;
    rows.Header.push({
      CHILD: child,
      SEX: codes.sex(p.sex),
      DOB: dob,
      ETHNIC: p.ethnicity,
      // UN1: not yet of school age, so no UPN yet; UN4: a UPN is due but not yet obtained.
      UPN: p.upn ?? (dobDay !== null && ageInYears(dobDay, end) < 4 ? 'UN1' : 'UN4'),
      MOTHER: mother ? bit(motherOfChild) : null,
      MC_DOB: motherOfChild ? dmyText(p.motherOfChildDateOfBirth) : null,
    });
    for (const c of careLeaverRows) rows.OC3.push({ CHILD: child, DOB: dob, ...c });
    if (eps.length === 0) continue;

    for (const e of eps) {
      const closedInYear = e.endDate !== null && (day(e.endDate) as DayNumber) <= end;
      const rec = closedInYear ? e.reasonEnded : null;
      rows.Episodes.push({
        CHILD: child,
        DECOM: dmyText(e.startDate),
        RNE: e.reasonNewEpisode,
        LS: e.legalStatus,
        CIN: e.categoryOfNeed,
        PLACE: codes.place(e.placement),
        PLACE_PROVIDER: e.provider,
        DEC: closedInYear ? dmyText(e.endDate) : null,
        REC: rec,
        // The reason a placement changed belongs to the episode that ended with the change, and is
        // returned only once that episode has ended (rule 233).
        REASON_PLACE_CHANGE: rec === 'X1' ? e.reasonPlaceChange : null,
        HOME_POST: postcode903(e.homePostcode),
        PL_POST: postcode903(e.placementPostcode),
        URN: codes.urn(e.placement, e.urn),
      });
    }
    for (const rv of r.claReviews) {
      const d = day(rv.date) as DayNumber;
      if (d >= start && d <= end)
        rows.Reviews.push({
          CHILD: child,
          DOB: dob,
          REVIEW: dmyText(rv.date),
          REVIEW_CODE: rv.participation,
        });
    }
    if (p.uascFrom)
      rows.UASC.push({
        CHILD: child,
        SEX: codes.sex(p.sex),
        DOB: dob,
        DUC: dmyText(p.uascCeased ?? (dobDay !== null ? dayToIso(plusYears(dobDay, 18)) : null)),
      });
    for (const m of r.missingEpisodes) {
      // Every time missing or away that was going on in the year, including one begun before it.
      const s = day(m.startDate) as DayNumber;
      const f = day(m.endDate);
      if (s <= end && (f === null || f >= start))
        rows.Missing.push({
          CHILD: child,
          DOB: dob,
          MISSING: m.kind,
          MIS_START: dmyText(m.startDate),
          MIS_END:
            day(m.endDate) !== null && (day(m.endDate) as DayNumber) <= end ? dmyText(m.endDate) : null,
        });
    }
    if (lookedAfterAllYear(eps, start, end)) rows.OC2.push(oc2Row(r, child, dob, start, end));
    // A new period of care in the year: where the child was before (previous permanence). The table
    // has one row per child, so a child who started twice in the year is returned for the later start.
    const started = eps.filter((e) => e.reasonNewEpisode === 'S' && (day(e.startDate) as DayNumber) >= start);
    for (const e of started.slice(-1)) {
      const pp = r.previousPermanence.filter((x) => x.date === null || x.date <= e.startDate).at(-1);
      rows.PrevPerm.push({
        CHILD: child,
        DOB: dob,
        PREV_PERM: pp?.kind ?? 'Z1',
        LA_PERM: pp?.la ?? null,
        DATE_PERM: pp?.date ? dmyText(pp.date) : null,
      });
    }
    adoptionRows(r, eps, child, dob, start, end, rows);
  }
  const out: Tables903 = {};
  for (const name of Object.keys(rows) as BaseTable903[]) {
    if (name === 'SWEpisodes' || name === 'DoLo') continue; // not collected from the record yet
    out[name] = table(name, rows[name]);
  }
  return out;
}

/**
 * PlacedAdoption: every decision that the child should be placed for adoption that was made by
 * 31 March and not reversed before 1 April. AD1: a child adopted in the year (an episode ending E11
 * or E12), with the decision and match dates; FOSTER_CARE follows the adoption placement (with the
 * current foster carers, A3/A5). The adopters' number, sex and legal status are not on the record.
 */
function adoptionRows(
  r: ChildRecord,
  eps: readonly CareEpisode[],
  child: string,
  dob: string | null,
  start: DayNumber,
  end: DayNumber,
  rows: Record<BaseTable903, Row[]>,
): void {
  const adopted = eps.find(
    (e) => e.reasonEnded !== null && ADOPTED.has(e.reasonEnded) && (day(e.endDate) as DayNumber) <= end,
  );
  let latest: Adoption | undefined;
  for (const a of r.adoptions) {
    const decided = day(a.decisionDate) as DayNumber;
    if (decided > end) continue;
    const ceased = day(a.placedCeasedDate);
    if (ceased !== null && ceased < start) continue;
    latest = a;
    const ceasedInYear = ceased !== null && ceased <= end;
    rows.PlacedAdoption.push({
      CHILD: child,
      DOB: dob,
      DATE_PLACED: dmyText(a.decisionDate),
      DATE_PLACED_CEASED: ceasedInYear ? dmyText(a.placedCeasedDate) : null,
      REASON_PLACED_CEASED: ceasedInYear ? a.placedCeasedReason : null,
    });
  }
  if (adopted && latest) {
    rows.AD1.push({
      CHILD: child,
      DOB: dob,
      DATE_INT: dmyText(latest.decisionDate),
      DATE_MATCH: dmyText(latest.matchDate),
      FOSTER_CARE: bit(WITH_FOSTER_CARER.has(adopted.placement)),
      NB_ADOPTR: latest.numberOfAdopters,
      SEX_ADOPTR: latest.adopterSexes,
      LS_ADOPTR: latest.adopterLegalStatus,
    });
  }
}

function inYear(iso: IsoDate | null, start: DayNumber, end: DayNumber): boolean {
  const d = day(iso);
  return d !== null && d >= start && d <= end;
}

/**
 * OC2 for a child looked after all year. HEALTH_CHECK (health surveillance and development checks)
 * is asked only of children under 5 at 31 March; the record holds those checks as the child's
 * health assessments, which for an under-5 are the six-monthly developmental reviews. The SDQ is
 * asked of children 4 or over at 31 March and under 17 on 1 April.
 */
function oc2Row(r: ChildRecord, child: string, dob: string | null, start: DayNumber, end: DayNumber): Row {
  const dobDay = day(r.person.dateOfBirth);
  const age = dobDay === null ? 0 : ageInYears(dobDay, end);
  const healthAssessed = r.healthAssessments.some((h) => inYear(h.date, start, end));
  const teeth = r.dentalChecks.some((d) => inYear(d.date, start, end));
  const imm = r.immunisations.filter((i) => (day(i.asAt) as DayNumber) <= end).at(-1);
  const sdq = r.sdqs.filter((s) => inYear(s.date, start, end)).at(-1);
  const sdqAsked = dobDay !== null && plusYears(dobDay, 4) <= end && plusYears(dobDay, 17) > start;
  // A child who turned 4, or 17, during the year was too young or too old when it was last due.
  const sdqAllYear = dobDay !== null && plusYears(dobDay, 4) <= start && plusYears(dobDay, 17) > end;
  let sdqScore: string | null = null;
  let sdqReason: string | null = null;
  if (sdqAsked) {
    if (sdq && sdq.score !== null) sdqScore = String(sdq.score);
    else sdqReason = sdq?.reason ?? (sdqAllYear ? 'SDQ4' : 'SDQ1');
  }
  return {
    CHILD: child,
    DOB: dob,
    SDQ_SCORE: sdqScore,
    SDQ_REASON: sdqReason,
    CONVICTED: age >= 10 ? '0' : null,
    HEALTH_CHECK: age < 5 ? bit(healthAssessed) : null,
    IMMUNISATIONS: bit(imm?.upToDate ?? false),
    TEETH_CHECK: bit(teeth),
    HEALTH_ASSESSMENT: bit(healthAssessed),
    SUBSTANCE_MISUSE: '0',
    INTERVENTION_RECEIVED: null,
    INTERVENTION_OFFERED: null,
  };
}

/** Looked after for at least 13 weeks since the 14th birthday, some of it at 16 or over. */
function relevantChild(r: ChildRecord, dob: DayNumber): boolean {
  const fourteen = plusYears(dob, 14);
  const sixteen = plusYears(dob, 16);
  let since14 = 0;
  let at16 = false;
  for (const e of r.careEpisodes) {
    if (SHORT_BREAK.has(e.legalStatus)) continue;
    const s = day(e.startDate) as DayNumber;
    const f = day(e.endDate);
    if (f === null) return true;
    since14 += Math.max(0, f - Math.max(s, fourteen));
    if (f > sixteen) at16 = true;
  }
  return since14 >= 91 && at16;
}

/**
 * OC3: a care leaver (a relevant or former relevant child) whose 17th to 21st birthday fell in the
 * year and who was no longer looked after on it, with the council's contact around that birthday.
 * Not for one adopted, who died or whose care passed to another council at the end of their last
 * period of care. Anyone the council had no contact with around the birthday is returned as not in touch;
 * activity and accommodation are then 0.
 */
function careLeaver(r: ChildRecord, start: DayNumber, end: DayNumber): Row[] {
  const dobDay = day(r.person.dateOfBirth);
  if (dobDay === null || r.careEpisodes.length === 0 || !relevantChild(r, dobDay)) return [];
  const last = r.careEpisodes.at(-1) as CareEpisode;
  if (last.reasonEnded !== null && ['E11', 'E12', 'E2', 'E3'].includes(last.reasonEnded)) return [];
  const out: Row[] = [];
  for (let age = 17; age <= 21; age++) {
    const birthday = plusYears(dobDay, age);
    if (birthday < start || birthday > end) continue;
    // Looked after on or after the birthday (still in care, leaving on or after it, or back in care
    // by 31 March): not a care leaver in this year's return.
    const inCare = r.careEpisodes.some(
      (e) =>
        !SHORT_BREAK.has(e.legalStatus) &&
        (day(e.startDate) as DayNumber) <= end &&
        (e.endDate === null || (day(e.endDate) as DayNumber) >= birthday),
    );
    if (inCare) continue;
    const contact = r.careLeaverContacts
      .filter((c) => Math.abs((day(c.date) as DayNumber) - birthday) <= 92)
      .at(-1);
    const inTouch = contact?.inTouch ?? 'NO';
    const known = inTouch === 'YES';
    out.push({
      IN_TOUCH: inTouch,
      ACTIV: known ? (contact?.activity ?? null) : '0',
      ACCOM: known ? (contact?.accommodation ?? null) : '0',
    });
  }
  return out;
}
