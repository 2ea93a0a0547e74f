/**
 * Builds the SSDA903 tables for a collection year from children's records: the return is a view of
 * the record as at 31 March, never typed in twice. Pure: records in, tables of CSV text out, in DfE's
 * column names and DD/MM/YYYY dates.
 */
import { ageInYears, type DayNumber, dayToIso, type IsoDate, isoToDay, plusYears } from '../../core/day.ts';
import type { CareEpisode, ChildRecord } from '../../record/facts.ts';
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

/** Episodes that were open at some point in the collection year. */
function episodesInYear(r: ChildRecord, start: DayNumber, end: DayNumber): CareEpisode[] {
  return r.careEpisodes.filter((e) => {
    const s = day(e.startDate) as DayNumber;
    const f = day(e.endDate);
    return s <= end && (f === null || f >= start);
  });
}

/** Whether the child was looked after continuously for the 12 months to `end` (the OC2 cohort). */
function continuouslyLookedAfter12Months(r: ChildRecord, end: DayNumber): boolean {
  const from = plusYears(end, -1) + 1;
  let covered = from;
  for (const e of r.careEpisodes) {
    const s = day(e.startDate) as DayNumber;
    const f = day(e.endDate) ?? Number.POSITIVE_INFINITY;
    if (s <= covered && f >= covered) covered = Math.max(covered, Number.isFinite(f) ? f : end + 1);
    if (covered > end) return true;
  }
  return covered > end;
}

const bit = (b: boolean) => (b ? '1' : '0');

export interface BuildOptions {
  /** Collection END year, e.g. '2026' for 2025/26. */
  readonly collectionYear: string;
}

export function build903(records: Iterable<ChildRecord>, o: BuildOptions): Tables903 {
  const meta = metaFor(o.collectionYear, null);
  const start = meta.collectionStart;
  const end = meta.collectionEnd;
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
    rows.Header.push({
      CHILD: child,
      SEX: p.sex,
      DOB: dob,
      ETHNIC: p.ethnicity,
      UPN: p.upn ?? (dobDay !== null && ageInYears(dobDay, end) < 4 ? 'UN1' : 'UN4'),
      MOTHER:
        p.sex === 'F' && dobDay !== null && ageInYears(dobDay, end) >= 12
          ? p.motherOfChildDateOfBirth
            ? '1'
            : '0'
          : null,
      MC_DOB: p.sex === 'F' ? dmyText(p.motherOfChildDateOfBirth) : null,
    });
    for (const c of careLeaverRows) rows.OC3.push({ CHILD: child, DOB: dob, ...c });
    if (eps.length === 0) continue;

    for (const e of eps) {
      const closedInYear = e.endDate !== null && (day(e.endDate) as DayNumber) <= end;
      rows.Episodes.push({
        CHILD: child,
        DECOM: dmyText(e.startDate),
        RNE: e.reasonNewEpisode,
        LS: e.legalStatus,
        CIN: e.categoryOfNeed,
        PLACE: e.placement,
        PLACE_PROVIDER: e.provider,
        DEC: closedInYear ? dmyText(e.endDate) : null,
        REC: closedInYear ? e.reasonEnded : null,
        REASON_PLACE_CHANGE: e.reasonPlaceChange,
        HOME_POST: e.homePostcode ? e.homePostcode.replace(/\s+\S*$/, (m) => m.slice(0, 2)).trim() : null,
        PL_POST: e.placementPostcode
          ? e.placementPostcode.replace(/\s+\S*$/, (m) => m.slice(0, 2)).trim()
          : null,
        URN: e.urn ?? (['K1', 'K2', 'R1', 'S1'].includes(e.placement) ? 'XXXXXX' : null),
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
        SEX: p.sex,
        DOB: dob,
        DUC: dmyText(p.uascCeased ?? (dobDay !== null ? dayToIso(plusYears(dobDay, 18)) : null)),
      });
    for (const m of r.missingEpisodes) {
      const s = day(m.startDate) as DayNumber;
      if (s >= start && s <= end)
        rows.Missing.push({
          CHILD: child,
          DOB: dob,
          MISSING: m.kind,
          MIS_START: dmyText(m.startDate),
          MIS_END: dmyText(m.endDate),
        });
    }
    if (
      continuouslyLookedAfter12Months(r, end) &&
      eps.some((e) => e.endDate === null || (day(e.endDate) as DayNumber) > end)
    ) {
      rows.OC2.push(oc2Row(r, child, dob, start, end));
    }
    // A new period of care in the year: where the child was before (previous permanence).
    const first = eps[0];
    if (first && first.reasonNewEpisode === 'S' && (day(first.startDate) as DayNumber) >= start) {
      const pp = r.previousPermanence.at(-1);
      rows.PrevPerm.push({
        CHILD: child,
        DOB: dob,
        PREV_PERM: pp?.kind ?? 'Z1',
        LA_PERM: pp?.la ?? null,
        DATE_PERM: pp?.date ? dmyText(pp.date) : null,
      });
    }
    for (const a of r.adoptions) {
      const decided = day(a.decisionDate) as DayNumber;
      if (decided > end) continue;
      const ceased = day(a.placedCeasedDate);
      if (ceased !== null && ceased < start) continue;
      rows.PlacedAdoption.push({
        CHILD: child,
        DOB: dob,
        DATE_PLACED: dmyText(a.decisionDate),
        DATE_PLACED_CEASED: ceased !== null && ceased <= end ? dmyText(a.placedCeasedDate) : null,
        REASON_PLACED_CEASED: ceased !== null && ceased <= end ? a.placedCeasedReason : null,
      });
      const adopted = eps.find((e) => e.reasonEnded === 'E11' || e.reasonEnded === 'E12');
      if (adopted?.endDate && (day(adopted.endDate) as DayNumber) <= end) {
        rows.AD1.push({
          CHILD: child,
          DOB: dob,
          DATE_INT: dmyText(a.decisionDate),
          DATE_MATCH: dmyText(a.matchDate),
          FOSTER_CARE: '0',
          NB_ADOPTR: '2',
          SEX_ADOPTR: 'MF',
          LS_ADOPTR: 'L0',
        });
      }
    }
  }
  const out: Tables903 = {};
  for (const name of Object.keys(rows) as BaseTable903[]) {
    if (name === 'SWEpisodes' || name === 'DoLo') continue; // not collected from the record yet
    out[name] = table(name, rows[name]);
  }
  return out;
}

function inYear(iso: IsoDate | null, start: DayNumber, end: DayNumber): boolean {
  const d = day(iso);
  return d !== null && d >= start && d <= end;
}

function oc2Row(r: ChildRecord, child: string, dob: string | null, start: DayNumber, end: DayNumber): Row {
  const dobDay = day(r.person.dateOfBirth);
  const age = dobDay === null ? 0 : ageInYears(dobDay, end);
  const healthCheck = r.healthAssessments.some((h) => inYear(h.date, start, end));
  const teeth = r.dentalChecks.some((d) => inYear(d.date, start, end));
  const imm = r.immunisations.at(-1);
  const sdq = [...r.sdqs].reverse().find((s) => inYear(s.date, start, end));
  const sdqAge = age >= 4 && age <= 16;
  return {
    CHILD: child,
    DOB: dob,
    SDQ_SCORE: sdqAge && sdq?.score !== null && sdq?.score !== undefined ? String(sdq.score) : null,
    SDQ_REASON: sdqAge ? (sdq ? sdq.reason : 'SDQ5') : null,
    CONVICTED: age >= 10 ? '0' : null,
    HEALTH_CHECK: bit(healthCheck),
    IMMUNISATIONS: bit(imm?.upToDate ?? false),
    TEETH_CHECK: bit(teeth),
    HEALTH_ASSESSMENT: bit(healthCheck),
    SUBSTANCE_MISUSE: '0',
    INTERVENTION_RECEIVED: null,
    INTERVENTION_OFFERED: null,
  };
}

/** OC3: care leavers whose 17th to 21st birthday fell in the year, with their contact around it. */
function careLeaver(r: ChildRecord, start: DayNumber, end: DayNumber): Row[] {
  const dobDay = day(r.person.dateOfBirth);
  if (dobDay === null || r.careEpisodes.length === 0) return [];
  const out: Row[] = [];
  for (let age = 17; age <= 21; age++) {
    const birthday = plusYears(dobDay, age);
    if (birthday < start || birthday > end) continue;
    const stillInCare = r.careEpisodes.some(
      (e) =>
        (day(e.startDate) as DayNumber) <= birthday &&
        (e.endDate === null || (day(e.endDate) as DayNumber) >= birthday),
    );
    const everEligible = r.careEpisodes.some((e) => {
      const f = day(e.endDate) ?? end;
      return f >= plusYears(dobDay, 16);
    });
    if (!everEligible || (age === 17 && stillInCare)) continue;
    const contact = r.careLeaverContacts.find((c) => Math.abs((day(c.date) as DayNumber) - birthday) <= 92);
    out.push({
      IN_TOUCH: contact?.inTouch ?? 'NO',
      ACTIV: contact?.inTouch === 'YES' ? (contact.activity ?? null) : null,
      ACCOM: contact?.inTouch === 'YES' ? (contact.accommodation ?? null) : null,
    });
  }
  return out;
}
