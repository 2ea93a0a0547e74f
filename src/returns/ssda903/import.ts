/**
 * Imports a council's SSDA903 return (the CSV tables read903 reads) into the children's records, so its
 * clocks and indicators work from day one. Shared behaviour (natural keys, completing and refusing,
 * spine rows, transactions) is described in ../common/import.ts; what is particular to the 903:
 *
 * - Header -> the child (CHILD is the council child ID). The 903 has no names: a new child is named
 *   "Imported 903 child <CHILD>" until someone records the real name. UN1-UN10 (why a UPN is unknown)
 *   becomes "no UPN". MC_DOB is the mother's status; MOTHER = 1 without MC_DOB cannot be held (the record
 *   knows a mother only by her child's date of birth) and is listed as not imported.
 * - Episodes -> looked-after episodes, keyed by DECOM; HOME_POST and PL_POST are kept as the text given
 *   (full or partial postcodes). longTermFoster is read from the placement code (U1, U4: long-term
 *   fostering). PLACE H5 in a return before 2024/25 is held as K3, the code that replaced it.
 *   SEX 1 and 2 (before 2024/25) are held as M and F.
 * - Reviews -> looked-after reviews (key REVIEW); Missing -> missing/away episodes (key MISSING, MIS_START).
 * - UASC -> the child's UASC dates: DUC is uascCeased; the 903 does not say when UASC status began, so
 *   uascFrom is the start of the child's first episode in the record (unaccompanied children are UASC
 *   when they come into care).
 * - OC3 -> a care leaver contact dated at the 17th-21st birthday that falls in the collection year, or
 *   the contact the record already has within three months of it (the one the builder reports).
 * - PlacedAdoption and AD1 -> one adoption per decision date (DATE_PLACED / DATE_INT); its placement order
 *   and placed dates are read from the child's episodes (legal status E1, placements A3-A6), which is
 *   where the 903 records them.
 * - PrevPerm -> previous permanence; a DATE_PERM with unknown parts (ZZ/ZZ/2015) keeps its kind and LA
 *   but not the date, which the record cannot hold in part.
 * - OC2 -> only IMMUNISATIONS, as an immunisation status as at 31 March. The health check, dental check,
 *   health assessment and SDQ columns say something happened in the year without a date; dating them
 *   31 March would invent dates the clocks then trust, so they are not imported (listed in the report).
 *   CONVICTED, SUBSTANCE_MISUSE and the intervention columns are not modelled by the record.
 * - SWEpisodes and DoLo are not modelled by the record yet. AD1's FOSTER_CARE is read again from the
 *   placement; its adopter columns are kept on the adoption.
 * The spine is Header + Episodes: one refused, and the child's whole return is held back.
 */
import type { z } from 'zod';
import { type Actor, SYSTEM_ACTORS } from '../../access/actor.ts';
import { type DayNumber, dayToIso, type IsoDate, isoToDay, plusYears } from '../../core/day.ts';
import type { ChildRecord, FactKind } from '../../record/facts.ts';
import {
  adoptionSchema,
  careEpisodeSchema,
  careLeaverContactSchema,
  claReviewSchema,
  immunisationSchema,
  missingSchema,
  personSchema,
  previousPermanenceSchema,
} from '../../record/schemas.ts';
import type { Store } from '../../store/db.ts';
import { dmy } from '../common/dates.ts';
import {
  ChildPlan,
  type CouncilInput,
  emptyReport,
  ensureCouncil,
  type Fields,
  type ImportReport,
  type MergeSpec,
  type NotImported,
  parseRow,
  type RefusedRow,
  type RowFormat,
  type RowSource,
  runBatches,
  type Tally,
  tally,
} from '../common/import.ts';
import type { Row } from '../common/table.ts';
import { type Read903Result, read903 } from './read.ts';
import { BASE_TABLES_903, type BaseTable903 } from './tables.ts';

export interface Import903Options {
  /** Collection END year of the files, e.g. '2026' for 2025/26. */
  readonly collectionYear: string;
  /** The date obligations are recomputed as at (today, injected so tests control it). */
  readonly today: IsoDate;
  /** The council, needed only when the database has none yet (and checked when it has). */
  readonly council?: CouncilInput;
  readonly actor?: Actor;
  /** Children per transaction. */
  readonly batchSize?: number;
}

export const IMPORTED_903_FIRST_NAME = 'Imported 903 child';

/** Natural keys: how a row of the return finds the fact it describes in the record. */
const KEYS: Partial<Record<FactKind, (f: Fields) => string>> = {
  careEpisodes: (f) => String(f.startDate),
  claReviews: (f) => String(f.date),
  missingEpisodes: (f) => `${f.kind}|${f.startDate}`,
  careLeaverContacts: (f) => String(f.date),
  adoptions: (f) => String(f.decisionDate),
  previousPermanence: (f) => `${f.kind}|${f.date ?? ''}`,
  immunisations: (f) => String(f.asAt),
};

/** Postcodes are the same when one is the start of the other: a 903 gives "YO1 7" for "YO1 7HH". */
function samePostcode(a: unknown, b: unknown): boolean {
  const x = String(a).replace(/\s+/g, '');
  const y = String(b).replace(/\s+/g, '');
  return x.startsWith(y) || y.startsWith(x);
}

const spec = (label: string, columns: Record<string, string>, compare: readonly string[]): MergeSpec => ({
  label,
  compare,
  columnOf: (f) => columns[f] ?? f,
  same: (f, a, b) =>
    f === 'homePostcode' || f === 'placementPostcode'
      ? samePostcode(a, b)
      : JSON.stringify(a) === JSON.stringify(b),
});

const COLUMNS = {
  person: {
    laChildId: 'CHILD',
    sex: 'SEX',
    dateOfBirth: 'DOB',
    ethnicity: 'ETHNIC',
    upn: 'UPN',
    motherOfChildDateOfBirth: 'MC_DOB',
    uascCeased: 'DUC',
    uascFrom: 'DUC',
  },
  careEpisodes: {
    startDate: 'DECOM',
    reasonNewEpisode: 'RNE',
    legalStatus: 'LS',
    categoryOfNeed: 'CIN',
    placement: 'PLACE',
    provider: 'PLACE_PROVIDER',
    endDate: 'DEC',
    reasonEnded: 'REC',
    reasonPlaceChange: 'REASON_PLACE_CHANGE',
    homePostcode: 'HOME_POST',
    placementPostcode: 'PL_POST',
    urn: 'URN',
  },
  claReviews: { date: 'REVIEW', participation: 'REVIEW_CODE' },
  missingEpisodes: { kind: 'MISSING', startDate: 'MIS_START', endDate: 'MIS_END' },
  careLeaverContacts: { date: 'DOB', inTouch: 'IN_TOUCH', activity: 'ACTIV', accommodation: 'ACCOM' },
  adoptionsAd1: {
    decisionDate: 'DATE_INT',
    matchDate: 'DATE_MATCH',
    numberOfAdopters: 'NB_ADOPTR',
    adopterSexes: 'SEX_ADOPTR',
    adopterLegalStatus: 'LS_ADOPTR',
  },
  adoptionsPlaced: {
    decisionDate: 'DATE_PLACED',
    placedCeasedDate: 'DATE_PLACED_CEASED',
    placedCeasedReason: 'REASON_PLACED_CEASED',
  },
  previousPermanence: { kind: 'PREV_PERM', date: 'DATE_PERM', la: 'LA_PERM' },
  immunisations: { asAt: 'IMMUNISATIONS', upToDate: 'IMMUNISATIONS' },
} as const;

const SPECS = {
  person: spec("child's details", COLUMNS.person, [
    'sex',
    'dateOfBirth',
    'ethnicity',
    'upn',
    'motherOfChildDateOfBirth',
    'uascCeased',
  ]),
  careEpisodes: spec(
    'episode starting on that DECOM',
    COLUMNS.careEpisodes,
    Object.keys(COLUMNS.careEpisodes),
  ),
  claReviews: spec('review on that date', COLUMNS.claReviews, ['participation']),
  missingEpisodes: spec('missing or away episode starting then', COLUMNS.missingEpisodes, ['endDate']),
  careLeaverContacts: spec('care leaver contact at that birthday', COLUMNS.careLeaverContacts, [
    'inTouch',
    'activity',
    'accommodation',
  ]),
  adoptionsAd1: spec('adoption decided on that date', COLUMNS.adoptionsAd1, [
    'matchDate',
    'numberOfAdopters',
    'adopterSexes',
    'adopterLegalStatus',
  ]),
  adoptionsPlaced: spec('adoption decided on that date', COLUMNS.adoptionsPlaced, [
    'placedCeasedDate',
    'placedCeasedReason',
  ]),
  previousPermanence: spec('previous permanence of that kind and date', COLUMNS.previousPermanence, ['la']),
  immunisations: spec('immunisation status at 31 March', COLUMNS.immunisations, ['upToDate']),
};

const WORDING = {
  unit: 'row',
  spine: "a child's Header and Episodes rows are imported whole or not at all",
} as const;

/** SEX before 2024/25 was 1 (male) or 2 (female). */
const OLD_SEX: Record<string, string> = { '1': 'M', '2': 'F' };
/** Placement codes for long-term fostering (903 PLACE U1 with a relative or friend, U4 other carer). */
const LONG_TERM_FOSTER = new Set(['U1', 'U4']);
/** Placed with adopters, or placed for adoption with the current foster carer. */
const PLACED_FOR_ADOPTION = new Set(['A3', 'A4', 'A5', 'A6']);
/** DATE_PERM with unknown parts, as the 903 allows: ZZ for an unknown day or month. */
const MASKED_DATE = /^[0-9Z]{1,2}\/[0-9Z]{1,2}\/[0-9Z]{4}$/;
const UN_CODE = /^UN\d+$/;
/** How far from the birthday a care leaver contact counts as the OC3 contact (build.ts reads 92 days). */
const OC3_WINDOW_DAYS = 92;

interface RowRef {
  readonly table: BaseTable903;
  readonly row: Row;
  readonly src: RowSource;
}

/** A cell that must be a DD/MM/YYYY date: its ISO form, null when empty, or undefined when not a date. */
function isoOf(v: string | null | undefined): IsoDate | null | undefined {
  if (v === null || v === undefined) return null;
  const d = dmy(v);
  return d === null ? undefined : dayToIso(d);
}

const FORMAT_903: RowFormat<Row> = {
  cell: (row, column) => row[column] ?? null,
  date: isoOf,
  dateHint: '903 dates are DD/MM/YYYY, e.g. 31/03/2026',
  describe(row, column) {
    const value = row[column];
    return value !== null && value !== undefined ? ` (the row has '${value}')` : ' (the row has none)';
  },
};

function parse<S extends z.ZodType>(
  plan: ChildPlan,
  ref: RowRef,
  schema: S,
  input: Fields,
  dates: Record<string, string>,
  columns: Readonly<Record<string, string>>,
  spine: boolean,
  droppable: readonly string[] = [],
): z.output<S> | null {
  return parseRow(FORMAT_903, plan, ref, schema, input, dates, columns, spine, droppable);
}

/** The child's birthday (17th to 21st) that falls in the collection year: the OC3 contact's date. */
function birthdayInYear(dob: IsoDate | null, start: DayNumber, end: DayNumber): IsoDate | null {
  const d = isoToDay(dob);
  if (d === null) return null;
  for (let age = 17; age <= 21; age++) {
    const b = plusYears(d, age);
    if (b >= start && b <= end) return dayToIso(b);
  }
  return null;
}

const OC2_UNDATED = ['HEALTH_CHECK', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SDQ_SCORE', 'SDQ_REASON'];
const OC2_UNMODELLED = ['CONVICTED', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'];
// FOSTER_CARE is not lost: it is read again from the placement (A3, A5: placed with the foster carer).

function planChild(
  laChildId: string,
  refs: readonly RowRef[],
  existing: ChildRecord | undefined,
  year: { start: DayNumber; end: DayNumber; collectionYear: string },
  t: Tally,
): ChildPlan {
  const plan = new ChildPlan(laChildId, existing, KEYS, WORDING);
  const of = (table: BaseTable903) => refs.filter((r) => r.table === table);
  for (const r of refs) plan.rows.push(r.src);

  // The spine: the child's details, then the care history.
  const headers = of('Header');
  if (headers.length === 0 && !existing) {
    const first = refs[0];
    if (first) {
      plan.refuse(
        first.src,
        'CHILD',
        `no Header row for child ${laChildId} in this return, and no child with this ID in the record`,
        true,
      );
    }
    return plan;
  }
  for (const h of headers) {
    const sex = h.row.SEX ?? null;
    const upn = h.row.UPN ?? null;
    if (h.row.MOTHER === '1' && !h.row.MC_DOB) {
      tally(
        t,
        'Header',
        ['MOTHER'],
        "MOTHER = 1 without MC_DOB: the record knows a mother by her child's date of birth",
      );
    }
    if (upn !== null && UN_CODE.test(upn)) {
      tally(
        t,
        'Header',
        ['UPN'],
        'UN codes (why a UPN is unknown) become "no UPN"; a built return gives UN1 or UN4 by age',
      );
    }
    const person = parse(
      plan,
      h,
      personSchema,
      {
        laChildId,
        firstName: IMPORTED_903_FIRST_NAME,
        lastName: laChildId,
        sex: sex !== null ? (OLD_SEX[sex] ?? sex) : sex,
        ethnicity: h.row.ETHNIC ?? null,
        upn: upn !== null && UN_CODE.test(upn) ? null : upn,
        disabilities: [],
      },
      { dateOfBirth: 'DOB', motherOfChildDateOfBirth: 'MC_DOB' },
      COLUMNS.person,
      true,
      ['upn', 'motherOfChildDateOfBirth'],
    );
    if (person) plan.setPerson(person, SPECS.person, h.src);
  }
  for (const e of of('Episodes')) {
    const given = e.row.PLACE ?? null;
    // Supported accommodation was H5 until 2023/24 and is K3 from 2024/25 (build.ts writes K3 back as H5
    // for those years); the record holds today's code.
    const place = given === 'H5' && Number(year.collectionYear) <= 2024 ? 'K3' : given;
    if (place !== given)
      tally(t, 'Episodes', ['PLACE'], 'H5 (before 2024/25) is held as K3, the code that replaced it');
    const ep = parse(
      plan,
      e,
      careEpisodeSchema,
      {
        reasonNewEpisode: e.row.RNE ?? null,
        legalStatus: e.row.LS ?? null,
        categoryOfNeed: e.row.CIN ?? null,
        placement: place,
        provider: e.row.PLACE_PROVIDER ?? null,
        reasonEnded: e.row.REC ?? null,
        reasonPlaceChange: e.row.REASON_PLACE_CHANGE ?? null,
        homePostcode: e.row.HOME_POST ?? null,
        placementPostcode: e.row.PL_POST ?? null,
        urn: e.row.URN ?? null,
        longTermFoster: place !== null && LONG_TERM_FOSTER.has(place),
        shortBreak: false,
      },
      { startDate: 'DECOM', endDate: 'DEC' },
      COLUMNS.careEpisodes,
      true,
    );
    if (!ep) continue;
    if (ep.endDate !== null && ep.endDate < ep.startDate) {
      plan.refuse(e.src, 'DEC', `the episode ends (${e.row.DEC}) before it starts (${e.row.DECOM})`, true);
      continue;
    }
    plan.addFact('careEpisodes', ep, SPECS.careEpisodes, e.src, true);
  }
  if (plan.spineRefused) return plan;

  for (const r of of('Reviews')) {
    const f = parse(
      plan,
      r,
      claReviewSchema,
      { participation: r.row.REVIEW_CODE ?? null },
      { date: 'REVIEW' },
      COLUMNS.claReviews,
      false,
    );
    if (f) plan.addFact('claReviews', f, SPECS.claReviews, r.src);
  }
  for (const r of of('Missing')) {
    const f = parse(
      plan,
      r,
      missingSchema,
      { kind: r.row.MISSING ?? null, returnInterviewOffered: null },
      { startDate: 'MIS_START', endDate: 'MIS_END' },
      COLUMNS.missingEpisodes,
      false,
    );
    if (!f) continue;
    if (f.endDate !== null && f.endDate < f.startDate) {
      plan.refuse(
        r.src,
        'MIS_END',
        `the episode ends (${r.row.MIS_END}) before it starts (${r.row.MIS_START})`,
      );
      continue;
    }
    plan.addFact('missingEpisodes', f, SPECS.missingEpisodes, r.src);
  }
  for (const r of of('OC3')) {
    const birthday = birthdayInYear(plan.person?.dateOfBirth ?? null, year.start, year.end);
    if (birthday === null) {
      plan.refuse(
        r.src,
        'DOB',
        `none of the child's 17th to 21st birthdays falls in the collection year ${year.collectionYear}, ` +
          'so the contact cannot be dated',
      );
      continue;
    }
    // A contact the record already has around the birthday is the one the OC3 row reports (the window
    // the return builder reads, three months either side); otherwise the contact is dated at the birthday.
    const b = isoToDay(birthday) as DayNumber;
    const near = (plan.current('careLeaverContacts') as readonly { date: IsoDate }[]).find(
      (c) => Math.abs((isoToDay(c.date) as DayNumber) - b) <= OC3_WINDOW_DAYS,
    );
    const date = near?.date ?? birthday;
    const f = parse(
      plan,
      r,
      careLeaverContactSchema,
      {
        date,
        inTouch: r.row.IN_TOUCH ?? null,
        activity: r.row.ACTIV ?? null,
        accommodation: r.row.ACCOM ?? null,
      },
      {},
      COLUMNS.careLeaverContacts,
      false,
    );
    if (f) plan.addFact('careLeaverContacts', f, SPECS.careLeaverContacts, r.src);
  }
  for (const r of of('PrevPerm')) {
    const raw = r.row.DATE_PERM ?? null;
    const masked = raw !== null && /Z/.test(raw) && MASKED_DATE.test(raw);
    if (masked)
      tally(t, 'PrevPerm', ['DATE_PERM'], 'dates with unknown parts (ZZ) keep the kind and LA, not the date');
    const f = parse(
      plan,
      r,
      previousPermanenceSchema,
      { kind: r.row.PREV_PERM ?? null, la: r.row.LA_PERM ?? null, date: null },
      masked ? {} : { date: 'DATE_PERM' },
      COLUMNS.previousPermanence,
      false,
    );
    if (f) plan.addFact('previousPermanence', f, SPECS.previousPermanence, r.src);
  }
  const adoptionIds: string[] = [];
  for (const r of of('PlacedAdoption')) {
    const f = parse(
      plan,
      r,
      adoptionSchema,
      { placedCeasedReason: r.row.REASON_PLACED_CEASED ?? null },
      { decisionDate: 'DATE_PLACED', placedCeasedDate: 'DATE_PLACED_CEASED' },
      COLUMNS.adoptionsPlaced,
      false,
    );
    if (!f) continue;
    const m = plan.addFact('adoptions', f, SPECS.adoptionsPlaced, r.src);
    if (m.outcome !== 'conflict') adoptionIds.push(m.id);
  }
  for (const r of of('AD1')) {
    const f = parse(
      plan,
      r,
      adoptionSchema,
      {
        numberOfAdopters: r.row.NB_ADOPTR ?? null,
        adopterSexes: r.row.SEX_ADOPTR ?? null,
        adopterLegalStatus: r.row.LS_ADOPTR ?? null,
      },
      { decisionDate: 'DATE_INT', matchDate: 'DATE_MATCH' },
      COLUMNS.adoptionsAd1,
      false,
    );
    if (!f) continue;
    const m = plan.addFact('adoptions', f, SPECS.adoptionsAd1, r.src);
    if (m.outcome !== 'conflict') adoptionIds.push(m.id);
  }
  for (const r of of('OC2')) {
    if (OC2_UNDATED.some((c) => r.row[c] !== null && r.row[c] !== undefined)) {
      tally(
        t,
        'OC2',
        OC2_UNDATED,
        "the year's health and dental checks, health assessment and SDQ have no date in the 903; " +
          'dating them 31 March would invent dates the clocks trust',
      );
    }
    if (OC2_UNMODELLED.some((c) => r.row[c] !== null && r.row[c] !== undefined)) {
      tally(
        t,
        'OC2',
        OC2_UNMODELLED,
        'the record does not hold convictions, substance misuse or interventions',
      );
    }
    const imm = r.row.IMMUNISATIONS ?? null;
    if (imm === null) continue;
    if (imm !== '0' && imm !== '1') {
      plan.refuse(r.src, 'IMMUNISATIONS', `'${imm}' is not 0 or 1`);
      continue;
    }
    const f = parse(
      plan,
      r,
      immunisationSchema,
      { asAt: `${year.collectionYear}-03-31`, upToDate: imm === '1' },
      {},
      COLUMNS.immunisations,
      false,
    );
    if (f) plan.addFact('immunisations', f, SPECS.immunisations, r.src);
  }
  for (const table of ['SWEpisodes', 'DoLo'] as const) {
    if (of(table).length) {
      for (const _ of of(table)) tally(t, table, [], 'the record does not model this table yet');
    }
  }

  // Worked out from the facts as they will stand: the record's and this return's.
  const episodes = plan.current('careEpisodes') as readonly Fields[] as readonly {
    startDate: IsoDate;
    legalStatus: string;
    placement: string;
  }[];
  const byStart = [...episodes].sort((a, b) => a.startDate.localeCompare(b.startDate));
  for (const u of of('UASC')) {
    const raw = u.row.DUC ?? null;
    const duc = isoOf(raw);
    if (duc === undefined) {
      plan.refuse(u.src, 'DUC', `'${raw}' is not a date; 903 dates are DD/MM/YYYY, e.g. 31/03/2026`);
      continue;
    }
    const first = byStart[0];
    if (!first) {
      plan.refuse(
        u.src,
        'DUC',
        'the record dates UASC status from the start of care, and this child has no episode in the record; ' +
          'import the return of the year the child came into care first',
      );
      continue;
    }
    const had = plan.person?.uascCeased ?? null;
    if (had !== null && duc !== null && had !== duc) {
      plan.refuse(
        u.src,
        'DUC',
        `the record already has UASC status ceasing ${had}; this row says ${raw}; the record was kept`,
      );
      continue;
    }
    // The child's details with the UASC dates must still be valid details.
    const checked = personSchema.safeParse({
      ...plan.person,
      uascFrom: plan.person?.uascFrom ?? first.startDate,
      uascCeased: duc,
    });
    if (!checked.success) {
      plan.refuse(u.src, 'DUC', checked.error.issues[0]?.message ?? 'not valid');
      continue;
    }
    plan.fillPerson({ uascFrom: first.startDate, uascCeased: duc });
  }
  for (const id of adoptionIds) {
    const a = plan.currentFact('adoptions', id) as {
      decisionDate: IsoDate;
      placedCeasedDate: IsoDate | null;
    } | null;
    if (!a) continue;
    const until = a.placedCeasedDate ?? '9999-12-31';
    const within = (e: { startDate: IsoDate }) => e.startDate >= a.decisionDate && e.startDate <= until;
    const order = byStart.find((e) => e.legalStatus === 'E1' && within(e));
    const placed = byStart.find((e) => PLACED_FOR_ADOPTION.has(e.placement) && within(e));
    plan.fillDerived('adoptions', id, {
      placementOrderDate: order?.startDate ?? null,
      placedDate: placed?.startDate ?? null,
    });
  }
  return plan;
}

/** Read a folder (or files) of 903 CSVs and import them. */
export async function import903(
  store: Pick<Store, 'db'>,
  inputs: readonly string[],
  o: Import903Options,
): Promise<ImportReport> {
  return import903Read(store, read903(inputs, { collectionYear: o.collectionYear }), inputs, o);
}

/** Import 903 tables already read (tests, and callers holding a Read903Result). */
export async function import903Read(
  store: Pick<Store, 'db'>,
  read: Read903Result,
  inputs: readonly string[],
  o: Import903Options,
): Promise<ImportReport> {
  const base = emptyReport('ssda903', o.collectionYear, inputs, read.problems);
  if (!base.readable) return base;
  const council = await ensureCouncil(store.db, o.council ?? {});
  const y = Number(o.collectionYear);
  const year = {
    start: isoToDay(`${y - 1}-04-01`) as DayNumber,
    end: isoToDay(`${y}-03-31`) as DayNumber,
    collectionYear: o.collectionYear,
  };

  // Rows grouped by child, in the order children first appear.
  const byChild = new Map<string, RowRef[]>();
  const refused: RefusedRow[] = [];
  for (const table of BASE_TABLES_903) {
    const t = read.tables[table];
    const source = read.sources[table];
    if (!t) continue;
    t.rows.forEach((row, i) => {
      const src: RowSource = { file: source?.file ?? table, table, row: source?.rows[i] ?? null };
      const child = row.CHILD ?? null;
      if (child === null) {
        refused.push({
          ...src,
          child: null,
          field: 'CHILD',
          reason: 'the row has no CHILD, so it belongs to no child',
        });
        return;
      }
      const list = byChild.get(child);
      if (list) list.push({ table, row, src });
      else byChild.set(child, [{ table, row, src }]);
    });
  }

  const t: Tally = { notImported: new Map() };
  const report = await runBatches(store.db, {
    report: { ...base, council, refused },
    children: [...byChild.keys()],
    batchSize: o.batchSize ?? 250,
    actor: o.actor ?? SYSTEM_ACTORS.import903,
    reason: `SSDA903 ${o.collectionYear} import`,
    asAt: o.today,
    plan: (ids, existing) => {
      const plans: ChildPlan[] = [];
      for (const id of ids) plans.push(planChild(id, byChild.get(id) ?? [], existing.get(id), year, t));
      return plans;
    },
  });
  const notImported: NotImported[] = [...t.notImported.values()];
  return {
    ...report,
    notImported,
    notes: [
      `Children new to the record are named "${IMPORTED_903_FIRST_NAME} <CHILD>": the 903 carries no names.`,
      'DOB and SEX repeated in tables other than Header are not stored again: ' +
        "the child's Header row is the record's.",
    ],
  };
}
