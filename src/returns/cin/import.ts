/**
 * Imports a council's CIN census (the tables the streaming reader builds) into the children's records.
 * Shared behaviour (natural keys, completing and refusing, transactions) is in ../common/import.ts;
 * what is particular to the census:
 *
 * - ChildIdentifiers, ChildCharacteristics and Disabilities -> the child (LAchildID is the council child
 *   ID; the census has no names, so a new child is "Imported CIN child <LAchildID>"). Sex is taken from
 *   Sex (2024/25 on) or GenderCurrent (1 male, 2 female, 0 and 9 not known). UPNunknown becomes "no UPN",
 *   Disability NONE no disabilities. FormerUPN is not held by the record.
 * - CINdetails -> a referral, keyed by CINreferralDate. Everything inside a CINdetails hangs from it:
 *   Assessments (with their factors), CINPlanDates, Section47 and ChildProtectionPlans are keyed by their
 *   referral and start date, and CP plan Reviews by their plan and date. A refused CINdetails holds back
 *   everything inside it; a refused plan holds back its reviews.
 * - Section47's InitialCPCtarget is worked out from its start date (15 working days), so it is not stored.
 *   CINdetails' own DateOfInitialCPC is held on the section 47 that carries the same date; one with no
 *   such section 47 is listed as not imported. AssessmentInternalReviewDate is not modelled.
 * The spine is the child's identifiers and characteristics: one refused, and the whole child is held back.
 */
import type { z } from 'zod';
import { type Actor, SYSTEM_ACTORS } from '../../access/actor.ts';
import { dayToIso, type IsoDate } from '../../core/day.ts';
import type { ChildRecord, FactKind } from '../../record/facts.ts';
import {
  assessmentSchema,
  cinPlanSchema,
  cpPlanSchema,
  cpReviewSchema,
  personSchema,
  referralSchema,
  section47Schema,
} from '../../record/schemas.ts';
import type { Store } from '../../store/db.ts';
import { ymd } from '../common/dates.ts';
import type { FileProblem } from '../common/findings.ts';
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
import { type ReadCinResult, readCinFile } from './read.ts';
import type { CinRow } from './rule.ts';
import { TABLES_CIN, type TableNameCin } from './tables.ts';

export interface ImportCinOptions {
  /** The date obligations are recomputed as at (today, injected so tests control it). */
  readonly today: IsoDate;
  /** Collection END year; by default the census Header's Year. */
  readonly collectionYear?: string;
  /** The council, needed only when the database has none yet; the LA number defaults to the Header's LEA. */
  readonly council?: CouncilInput;
  readonly actor?: Actor;
  /** Children per transaction. */
  readonly batchSize?: number;
}

export const IMPORTED_CIN_FIRST_NAME = 'Imported CIN child';

const KEYS: Partial<Record<FactKind, (f: Fields) => string>> = {
  referrals: (f) => String(f.referralDate),
  assessments: (f) => `${f.referralId}|${f.startDate}`,
  cinPlans: (f) => `${f.referralId}|${f.startDate}`,
  section47s: (f) => `${f.referralId}|${f.startDate}`,
  cpPlans: (f) => `${f.referralId}|${f.startDate}`,
  cpReviews: (f) => `${f.cpPlanId}|${f.date}`,
};

const COLUMNS = {
  person: {
    laChildId: 'LAchildID',
    dateOfBirth: 'PersonBirthDate',
    expectedDateOfBirth: 'ExpectedPersonBirthDate',
    sex: 'Sex',
    ethnicity: 'Ethnicity',
    upn: 'UPN',
    dateOfDeath: 'PersonDeathDate',
    disabilities: 'Disability',
  },
  referrals: {
    referralDate: 'CINreferralDate',
    source: 'ReferralSource',
    primaryNeed: 'PrimaryNeedCode',
    referralNfa: 'ReferralNFA',
    closureDate: 'CINclosureDate',
    closureReason: 'ReasonForClosure',
  },
  assessments: {
    startDate: 'AssessmentActualStartDate',
    authorisedDate: 'AssessmentAuthorisationDate',
    factors: 'AssessmentFactors',
  },
  cinPlans: { startDate: 'CINPlanStartDate', endDate: 'CINPlanEndDate' },
  section47s: {
    startDate: 'S47ActualStartDate',
    icpcDate: 'DateOfInitialCPC',
    icpcNotRequired: 'ICPCnotRequired',
  },
  cpPlans: {
    startDate: 'CPPstartDate',
    endDate: 'CPPendDate',
    initialCategory: 'InitialCategoryOfAbuse',
    latestCategory: 'LatestCategoryOfAbuse',
    numberOfPreviousPlans: 'NumberOfPreviousCPP',
  },
  cpReviews: { date: 'CPPreviewDate' },
} as const;

const spec = (label: string, columns: Record<string, string>, compare: readonly string[]): MergeSpec => ({
  label,
  compare,
  columnOf: (f) => columns[f] ?? f,
});

const SPECS = {
  person: spec("child's details", COLUMNS.person, [
    'dateOfBirth',
    'expectedDateOfBirth',
    'sex',
    'ethnicity',
    'upn',
    'dateOfDeath',
    'disabilities',
  ]),
  referrals: spec('CIN episode referred on that date', COLUMNS.referrals, [
    'source',
    'primaryNeed',
    'referralNfa',
    'closureDate',
    'closureReason',
  ]),
  assessments: spec('assessment starting then', COLUMNS.assessments, ['authorisedDate', 'factors']),
  cinPlans: spec('CIN plan starting then', COLUMNS.cinPlans, ['endDate']),
  section47s: spec('section 47 enquiry starting then', COLUMNS.section47s, ['icpcDate', 'icpcNotRequired']),
  cpPlans: spec('child protection plan starting then', COLUMNS.cpPlans, [
    'endDate',
    'initialCategory',
    'latestCategory',
    'numberOfPreviousPlans',
  ]),
  cpReviews: spec('review on that date', COLUMNS.cpReviews, []),
};

const WORDING = {
  unit: 'line',
  spine: "a child's identifiers and characteristics are imported whole or not at all",
} as const;

/** GenderCurrent before 2024/25: 1 male, 2 female, 0 not known, 9 indeterminate. */
const GENDER: Record<string, string> = { '1': 'M', '2': 'F', '0': 'U', '9': 'U' };
const TRUE = new Set(['true', 'TRUE', '1']);
const FALSE = new Set(['false', 'FALSE', '0']);

interface RowRef {
  readonly table: TableNameCin;
  readonly row: CinRow;
  readonly src: RowSource;
  /** Which <Child> element with this LAchildID the row came from (0 for the first). */
  readonly occurrence: number;
}

/** The CIN episode a row hangs from: its <Child> element and CINdetailsID. */
const cinOf = (r: RowRef): string => `${r.occurrence}|${cellOf(r.row, 'CINdetailsID')}`;

const cellOf = (row: CinRow, key: string): string | null => {
  const v = row[key];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
};

/** A census date (YYYY-MM-DD): its ISO form, null when absent, undefined when not a date. */
function isoOf(v: string | null): IsoDate | null | undefined {
  if (v === null) return null;
  const d = ymd(v);
  return d === null ? undefined : dayToIso(d);
}

function boolOf(v: string | null): boolean | null | undefined {
  if (v === null) return null;
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return undefined;
}

const CIN_FORMAT: RowFormat<CinRow> = {
  cell: cellOf,
  date: isoOf,
  dateHint: 'census dates are YYYY-MM-DD, e.g. 2026-03-31',
  describe(row, element) {
    const value = row[element];
    return value === null || value === undefined
      ? ' (the element is missing)'
      : ` (the file has '${Array.isArray(value) ? value.join(' ') : value}')`;
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
  return parseRow(CIN_FORMAT, plan, ref, schema, input, dates, columns, spine, droppable);
}

/** The rows of one child, from every <Child> element with its LAchildID. */
interface ChildRows {
  readonly refs: RowRef[];
}

function planChild(
  laChildId: string,
  rows: ChildRows,
  existing: ChildRecord | undefined,
  t: Tally,
): ChildPlan {
  const plan = new ChildPlan(laChildId, existing, KEYS, WORDING);
  for (const r of rows.refs) plan.rows.push(r.src);
  const of = (table: TableNameCin, occurrence?: number) =>
    rows.refs.filter((r) => r.table === table && (occurrence === undefined || r.occurrence === occurrence));

  const characteristics = of('ChildCharacteristics');
  for (const id of of('ChildIdentifiers')) {
    const occ = id.occurrence;
    const ch = characteristics.find((c) => c.occurrence === occ);
    const disabilities = of('Disabilities', occ)
      .map((d) => cellOf(d.row, 'Disability'))
      .filter((d): d is string => d !== null && d !== 'NONE');
    const sex = cellOf(id.row, 'Sex');
    const gender = cellOf(id.row, 'GenderCurrent');
    if (cellOf(id.row, 'FormerUPN'))
      tally(t, 'ChildIdentifiers', ['FormerUPN'], 'the record holds only the current UPN');
    const person = parse(
      plan,
      id,
      personSchema,
      {
        laChildId,
        firstName: IMPORTED_CIN_FIRST_NAME,
        lastName: laChildId,
        sex: sex ?? (gender !== null ? (GENDER[gender] ?? gender) : null),
        ethnicity: ch ? cellOf(ch.row, 'Ethnicity') : null,
        upn: cellOf(id.row, 'UPN'),
        disabilities,
      },
      {
        dateOfBirth: 'PersonBirthDate',
        expectedDateOfBirth: 'ExpectedPersonBirthDate',
        dateOfDeath: 'PersonDeathDate',
      },
      { ...COLUMNS.person, sex: sex !== null || gender === null ? 'Sex' : 'GenderCurrent' },
      true,
      ['upn'],
    );
    if (person) plan.setPerson(person, SPECS.person, id.src);
  }
  if (of('ChildIdentifiers').length === 0 && !existing) {
    const first = rows.refs[0];
    if (first) plan.refuse(first.src, 'ChildIdentifiers', 'the child has no ChildIdentifiers', true);
  }
  if (plan.spineRefused) return plan;

  for (const d of of('CINdetails')) {
    const cin = cinOf(d);
    const inside = rows.refs.filter((r) => r.table !== 'CINdetails' && cinOf(r) === cin);
    const holdBack = (why: string, refs: readonly RowRef[]) => {
      for (const r of refs) plan.refuse(r.src, null, `held back: ${why}`);
    };
    const nfa = boolOf(cellOf(d.row, 'ReferralNFA'));
    if (nfa === undefined) {
      plan.refuse(d.src, 'ReferralNFA', `'${cellOf(d.row, 'ReferralNFA')}' is not true, false, 1 or 0`);
      holdBack(`its CINdetails (line ${d.src.row}) was refused`, inside);
      continue;
    }
    const referral = parse(
      plan,
      d,
      referralSchema,
      {
        source: cellOf(d.row, 'ReferralSource'),
        primaryNeed: cellOf(d.row, 'PrimaryNeedCode'),
        referralNfa: nfa ?? false,
        closureReason: cellOf(d.row, 'ReasonForClosure'),
        contactId: null,
      },
      { referralDate: 'CINreferralDate', closureDate: 'CINclosureDate' },
      COLUMNS.referrals,
      false,
    );
    const m = referral ? plan.addFact('referrals', referral, SPECS.referrals, d.src) : null;
    if (!m || m.outcome === 'conflict') {
      holdBack(`its CINdetails (line ${d.src.row}) was refused`, inside);
      continue;
    }
    const referralId = m.id;
    const here = (table: TableNameCin) => inside.filter((r) => r.table === table);

    for (const a of here('Assessments')) {
      const factors = a.row.AssessmentFactors;
      if (cellOf(a.row, 'AssessmentInternalReviewDate')) {
        tally(
          t,
          'Assessments',
          ['AssessmentInternalReviewDate'],
          'the record does not hold internal review dates',
        );
      }
      const f = parse(
        plan,
        a,
        assessmentSchema,
        { referralId, factors: Array.isArray(factors) ? factors.filter((x) => x.trim() !== '') : [] },
        { startDate: 'AssessmentActualStartDate', authorisedDate: 'AssessmentAuthorisationDate' },
        COLUMNS.assessments,
        false,
      );
      if (f) plan.addFact('assessments', f, SPECS.assessments, a.src);
    }
    for (const p of here('CINplanDates')) {
      const f = parse(
        plan,
        p,
        cinPlanSchema,
        { referralId },
        { startDate: 'CINPlanStartDate', endDate: 'CINPlanEndDate' },
        COLUMNS.cinPlans,
        false,
      );
      if (f) plan.addFact('cinPlans', f, SPECS.cinPlans, p.src);
    }
    const icpcDates = new Set<string>();
    for (const s of here('Section47')) {
      const notRequired = boolOf(cellOf(s.row, 'ICPCnotRequired'));
      if (notRequired === undefined) {
        plan.refuse(
          s.src,
          'ICPCnotRequired',
          `'${cellOf(s.row, 'ICPCnotRequired')}' is not true, false, 1 or 0`,
        );
        continue;
      }
      const f = parse(
        plan,
        s,
        section47Schema,
        { referralId, strategyDiscussionId: null, icpcNotRequired: notRequired ?? false },
        { startDate: 'S47ActualStartDate', icpcDate: 'DateOfInitialCPC' },
        COLUMNS.section47s,
        false,
      );
      if (!f) continue;
      if (f.icpcDate) icpcDates.add(f.icpcDate);
      plan.addFact('section47s', f, SPECS.section47s, s.src);
    }
    const detailsIcpc = isoOf(cellOf(d.row, 'DateOfInitialCPC'));
    if (detailsIcpc && !icpcDates.has(detailsIcpc)) {
      tally(
        t,
        'CINdetails',
        ['DateOfInitialCPC'],
        'the record holds an initial conference on its section 47 enquiry, ' +
          'and no Section47 of this CIN episode has this date',
      );
    }
    for (const c of here('ChildProtectionPlans')) {
      const reviews = here('Reviews').filter((r) => cellOf(r.row, 'CPPID') === cellOf(c.row, 'CPPID'));
      const n = cellOf(c.row, 'NumberOfPreviousCPP');
      const count = n === null ? null : /^\d+$/.test(n) ? Number(n) : Number.NaN;
      const f = parse(
        plan,
        c,
        cpPlanSchema,
        {
          referralId,
          initialCategory: cellOf(c.row, 'InitialCategoryOfAbuse'),
          latestCategory: cellOf(c.row, 'LatestCategoryOfAbuse'),
          numberOfPreviousPlans: Number.isNaN(count) ? n : count,
        },
        { startDate: 'CPPstartDate', endDate: 'CPPendDate' },
        COLUMNS.cpPlans,
        false,
      );
      const pm = f ? plan.addFact('cpPlans', f, SPECS.cpPlans, c.src) : null;
      if (!pm || pm.outcome === 'conflict') {
        holdBack(`its child protection plan (line ${c.src.row}) was refused`, reviews);
        continue;
      }
      for (const r of reviews) {
        const rv = parse(
          plan,
          r,
          cpReviewSchema,
          { cpPlanId: pm.id },
          { date: 'CPPreviewDate' },
          COLUMNS.cpReviews,
          false,
        );
        if (rv) plan.addFact('cpReviews', rv, SPECS.cpReviews, r.src);
      }
    }
    for (const r of here('Reviews').filter((x) => cellOf(x.row, 'CPPID') === null)) {
      plan.refuse(r.src, 'CPPreviewDate', 'a review date outside any child protection plan');
    }
  }
  return plan;
}

/** Read a census file and import it. */
export async function importCin(
  store: Pick<Store, 'db'>,
  file: string,
  o: ImportCinOptions,
): Promise<ImportReport> {
  return importCinRead(store, await readCinFile(file), file, o);
}

/** Import census tables already read. */
export async function importCinRead(
  store: Pick<Store, 'db'>,
  read: ReadCinResult,
  file: string,
  o: ImportCinOptions,
): Promise<ImportReport> {
  const header = read.tables.Header?.rows[0];
  const year = o.collectionYear ?? (header ? cellOf(header, 'Year') : null);
  const problems: FileProblem[] = [...read.problems];
  if (year === null || !/^\d{4}$/.test(year)) {
    problems.push({
      level: 'fatal',
      file,
      row: null,
      column: 'Year',
      message: 'the census Header gives no collection Year; give --year',
    });
  }
  const base = emptyReport('cin', year ?? '', [file], problems);
  if (!base.readable) return base;
  const lea = header ? cellOf(header, 'LEA') : null;
  const council = await ensureCouncil(store.db, {
    ...o.council,
    laNumber: o.council?.laNumber ?? lea ?? undefined,
  });

  // Rows grouped by child. A second <Child> with the same LAchildID is told apart by the line of its
  // ChildIdentifiers (it comes first in a Child), so its CINdetailsIDs, which restart at 1, do not mix.
  const byChild = new Map<string, ChildRows>();
  const refused: RefusedRow[] = [];
  const identLines = new Map<string, number[]>();
  const ids = read.tables.ChildIdentifiers?.rows ?? [];
  ids.forEach((row, i) => {
    const id = cellOf(row, 'LAchildID');
    if (id === null) return;
    const lines = identLines.get(id) ?? [];
    lines.push(read.lines.ChildIdentifiers[i] ?? 0);
    identLines.set(id, lines);
  });
  for (const table of Object.keys(TABLES_CIN) as TableNameCin[]) {
    if (table === 'Header' || table === 'AssessmentFactorsList') continue; // factors ride on Assessments
    const rowsOf = read.tables[table]?.rows ?? [];
    rowsOf.forEach((row, i) => {
      const line = read.lines[table][i] ?? null;
      const src: RowSource = { file, table, row: line };
      const child = cellOf(row, 'LAchildID');
      if (child === null) {
        refused.push({
          ...src,
          child: null,
          field: 'LAchildID',
          reason: 'the child has no LAchildID, so it cannot be matched',
        });
        return;
      }
      const lines = identLines.get(child) ?? [0];
      let occurrence = 0;
      for (let k = 0; k < lines.length; k++) if ((lines[k] as number) <= (line ?? 0)) occurrence = k;
      const ref: RowRef = { table, row, src, occurrence };
      const entry = byChild.get(child);
      if (entry) entry.refs.push(ref);
      else byChild.set(child, { refs: [ref] });
    });
  }

  const t: Tally = { notImported: new Map() };
  const report = await runBatches(store.db, {
    report: { ...base, council, refused },
    children: [...byChild.keys()],
    batchSize: o.batchSize ?? 250,
    actor: o.actor ?? SYSTEM_ACTORS.importCin,
    reason: `CIN census ${year} import`,
    asAt: o.today,
    plan: (childIds, existing) =>
      childIds.map((id) => planChild(id, byChild.get(id) ?? { refs: [] }, existing.get(id), t)),
  });
  const notImported: NotImported[] = [...t.notImported.values()];
  return {
    ...report,
    notImported,
    notes: [
      `Children new to the record are named "${IMPORTED_CIN_FIRST_NAME} <LAchildID>": ` +
        'the census carries no names.',
      'Section47 InitialCPCtarget is not stored: it is 15 working days from the enquiry start, ' +
        'worked out again when needed.',
    ],
  };
}
