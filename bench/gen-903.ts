/**
 * Generates a realistic synthetic SSDA903 return (and the previous year's) for benchmarks: every
 * child has a care history (episodes with plausible legal statuses, placements, reasons and real
 * postcodes in and around York), and each year's files are that history as at 31 March, so the two
 * years agree where the DfE rules compare them. About 2% of children carry a deliberate error.
 * Synthetic data only: ids, dates and UPNs are made up; postcodes are real ONS postcodes.
 *
 * Usage: npx tsx bench/gen-903.ts --children 10000 --out bench/out/903-10k [--year 2026] [--seed 1]
 * Writes <out>/current/*.csv and <out>/previous/*.csv.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dayToIso, isoToDay, plusYears } from '../src/core/day.ts';
import { makeUpn } from '../src/core/identifiers.ts';
import { Random } from '../src/demo/random.ts';
import { postcodeTable } from '../src/returns/ssda903/postcodes.ts';
import { TABLES_903 } from '../src/returns/ssda903/tables.ts';
import { FILE_NAMES_903 } from '../src/returns/ssda903/write-csv.ts';

type Table = keyof typeof TABLES_903;
type Cells = Partial<Record<string, string | null>>;

const HOME_DISTRICT = 'E06000014'; // York
const NEAR_DISTRICTS = ['E08000035', 'E06000011', 'E08000036', 'E06000065']; // Leeds, E Riding, Wakefield, N Yorks

const dmyOf = (day: number): string => {
  const iso = dayToIso(day);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
};

interface Episode {
  decom: number;
  dec: number | null;
  rne: string;
  ls: string;
  place: string;
  provider: string;
  rec: string | null;
  reason: string | null;
  plPost: string | null;
  urn: string;
}

interface Child {
  id: string;
  need: string;
  sex: 'M' | 'F';
  dob: number;
  ethnic: string;
  upn: string;
  uasc: boolean;
  homePost: string | null;
  careStart: number;
  careEnd: number | null;
  episodes: Episode[];
  adopted: boolean;
  error: string | null;
  missing: { start: number; end: number | null; type: string }[];
  social: { id: string; start: number; end: number | null; reason: string | null }[];
  dolo: { start: number; end: number | null } | null;
  careLeaver: boolean;
}

const ETHNIC: readonly (readonly [string, number])[] = [
  ['WBRI', 70],
  ['WOTH', 5],
  ['MWBC', 3],
  ['MWBA', 1],
  ['MWAS', 2],
  ['MOTH', 3],
  ['APKN', 2],
  ['AIND', 1],
  ['BAFR', 3],
  ['BCRB', 2],
  ['OOTH', 2],
  ['WROM', 1],
  ['NOBT', 1],
];
const FOSTER = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'];
const LEFT_CARE: readonly (readonly [string, number])[] = [
  ['E13', 30],
  ['E41', 8],
  ['E45', 6],
  ['E46', 4],
  ['E8', 15],
  ['E4A', 10],
  ['E3', 5],
  ['E15', 4],
  ['E17', 3],
];
const PLACE_CHANGE = ['CARPL', 'CHILD', 'LAREQ', 'PLACE', 'CREQB', 'OTHER', 'STAND', 'APPRR'];
const SW_REASON = ['CHCHAN', 'LEFTRL', 'MANAGE', 'ORGRST', 'OTHERS', 'PCCHAN'];

function makeChild(i: number, rnd: Random, year: number, homes: string[], away: string[]): Child {
  const end = isoToDay(`${year}-03-31`) as number;
  const horizon = end - 4 * 365;
  const careLeaver = rnd.chance(0.07);
  const ageAtStart = careLeaver
    ? rnd.int(13, 16)
    : rnd.weighted<number>([
        [0, 20],
        [rnd.int(1, 4), 15],
        [rnd.int(5, 9), 18],
        [rnd.int(10, 15), 37],
        [rnd.int(16, 17), 10],
      ]);
  const careStart = careLeaver ? end - rnd.int(4 * 365, 7 * 365) : horizon + rnd.int(0, end - horizon);
  const dob = careStart - ageAtStart * 365 - rnd.int(0, 364);
  const eighteen = plusYears(dob, 18);
  const uasc = !careLeaver && ageAtStart >= 14 && rnd.chance(0.3);
  const sex: 'M' | 'F' = uasc || rnd.chance(0.55) ? 'M' : 'F';
  let careEnd: number | null = careStart + Math.max(1, Math.round(rnd.exp(900)));
  if (careEnd >= eighteen) careEnd = eighteen;
  if (careLeaver) careEnd = Math.min(eighteen, end - rnd.int(30, 600));
  const adopted = !uasc && ageAtStart <= 4 && rnd.chance(0.25) && careEnd !== null;
  const homePost = uasc ? null : rnd.pick(homes);
  const episodes: Episode[] = [];
  let ls = uasc
    ? 'V2'
    : rnd.weighted<string>([
        ['C2', 40],
        ['V2', 38],
        ['C1', 12],
        ['L1', 5],
        ['L2', 5],
      ]);
  let t = careStart;
  let placeNo = 0;
  let current: Pick<Episode, 'place' | 'provider' | 'plPost' | 'urn'> | null = null;
  const placement = () => {
    placeNo++;
    const place =
      uasc && ageAtStart >= 16
        ? 'K2'
        : rnd.weighted<string>([
            [rnd.pick(FOSTER), 80],
            ['K2', 12],
            ['P1', 5],
            ['R1', 3],
          ]);
    const withParents = place === 'P1';
    const inArea = withParents || rnd.chance(0.7);
    return {
      place,
      provider: withParents
        ? 'PR0'
        : place === 'K2'
          ? rnd.pick(['PR1', 'PR4'])
          : inArea
            ? 'PR1'
            : rnd.pick(['PR4', 'PR5']),
      plPost: withParents ? homePost : rnd.pick(inArea ? homes : away),
      urn: place === 'K2' ? `SC${String(400000 + ((i * 7 + placeNo) % 99999)).padStart(6, '0')}` : 'XXXXXXX',
    };
  };
  for (let k = 0; k < 12; k++) {
    let rne: string;
    let reason: string | null = null;
    if (k === 0) {
      rne = 'S';
      current = placement();
    } else {
      // A full care order (C2) stays: the child's next episode can only be a move.
      rne =
        ls === 'L1' || ls === 'L2'
          ? 'L'
          : ls === 'C2'
            ? 'P'
            : rnd.weighted<string>([
                ['P', 70],
                ['L', 20],
                ['T', 10],
              ]);
      // Police protection and emergency orders give way to an order or accommodation.
      if (rne !== 'P')
        ls = ls === 'C1' ? 'C2' : ls === 'V2' ? rnd.pick(['C1', 'C2']) : rnd.pick(['C2', 'C1', 'V2']);
      if (rne !== 'L') {
        current = placement();
        reason = rnd.pick(PLACE_CHANGE);
      }
    }
    if (adopted && k > 0 && rnd.chance(0.5)) {
      ls = 'E1';
      current = { place: rnd.pick(['A5', 'A6']), provider: 'PR1', plPost: rnd.pick(homes), urn: 'XXXXXXX' };
    }
    // Police protection lasts at most 72 hours, an emergency protection order at most 21 days.
    const length =
      ls === 'L1' ? rnd.int(1, 2) : ls === 'L2' ? rnd.int(3, 20) : Math.max(1, Math.round(rnd.exp(260)));
    let dec: number | null = t + length;
    let rec = 'X1';
    if (careEnd !== null && dec >= careEnd) {
      dec = careEnd;
      rec = adopted
        ? rnd.pick(['E11', 'E12'])
        : dec === eighteen
          ? rnd.pick(['E8', 'E17', 'E4A'])
          : rnd.weighted(LEFT_CARE);
    }
    episodes.push({ decom: t, dec, rne, ls, rec, reason, ...(current as NonNullable<typeof current>) });
    if (rec !== 'X1' || dec === null) break;
    t = dec;
  }
  // The reason for a placement change is recorded on the episode that ended with the move.
  for (let k = 0; k < episodes.length; k++) {
    const next = episodes[k + 1];
    (episodes[k] as Episode).reason = next && next.rne !== 'L' ? rnd.pick(PLACE_CHANGE) : null;
  }
  const last = episodes[episodes.length - 1] as Episode;
  if (last.rec === 'X1') {
    last.dec = null;
    last.rec = null;
  }
  const realEnd = last.dec;
  const missing: Child['missing'] = [];
  if (rnd.chance(0.15)) {
    for (let k = rnd.int(1, 4); k > 0; k--) {
      const s = careStart + rnd.int(0, Math.max(1, (realEnd ?? end) - careStart));
      missing.push({
        start: s,
        end: rnd.chance(0.95) ? s + rnd.int(0, 3) : null,
        type: rnd.chance(0.8) ? 'M' : 'A',
      });
    }
  }
  const social: Child['social'] = [];
  let s = careStart;
  for (let k = rnd.int(1, 3); k > 0; k--) {
    const e = k === 1 ? realEnd : s + rnd.int(60, 400);
    social.push({
      id: `SW${rnd.int(10000, 99999)}`,
      start: s,
      end: e,
      reason: e === null ? null : rnd.pick(SW_REASON),
    });
    if (e === null) break;
    s = e;
  }
  const errorKinds = ['ethnic', 'dob', 'place', 'review', 'dates', 'postcode'];
  return {
    id: String(100000 + i),
    need: uasc
      ? 'N1'
      : rnd.weighted<string>([
          ['N1', 60],
          ['N2', 5],
          ['N3', 5],
          ['N4', 15],
          ['N5', 5],
          ['N6', 2],
          ['N7', 3],
          ['N8', 5],
        ]),
    sex,
    dob,
    ethnic: rnd.weighted(ETHNIC),
    upn: rnd.chance(0.9) ? makeUpn(816, rnd.int(1000, 9999), i) : rnd.pick(['UN1', 'UN2', 'UN3', 'UN5']),
    uasc,
    homePost,
    careStart,
    careEnd: realEnd,
    episodes,
    adopted: adopted && (last.rec === 'E11' || last.rec === 'E12'),
    error: rnd.chance(0.02) ? rnd.pick(errorKinds) : null,
    missing,
    social,
    dolo: ageAtStart >= 15 && rnd.chance(0.03) ? { start: careStart + 30, end: careStart + 120 } : null,
    careLeaver,
  };
}

/** Whether a child is in the return for `year`: looked after during it, or a care leaver due an OC3. */
function inReturn(c: Child, year: number): boolean {
  const start = isoToDay(`${year - 1}-04-01`) as number;
  const end = isoToDay(`${year}-03-31`) as number;
  if (c.careStart > end) return false;
  if (c.episodes.some((e) => e.decom <= end && (e.dec === null || e.dec >= start))) return true;
  return (
    c.careLeaver &&
    c.careEnd !== null &&
    c.careEnd < start &&
    plusYears(c.dob, 21) >= start &&
    plusYears(c.dob, 17) <= end
  );
}

/** One year's return: the children's histories as at 31 March of `year`. */
function yearTables(
  children: readonly Child[],
  year: number,
  rnd: Random,
  withErrors: boolean,
): Record<Table, Cells[]> {
  const start = isoToDay(`${year - 1}-04-01`) as number;
  const end = isoToDay(`${year}-03-31`) as number;
  const t = Object.fromEntries(Object.keys(TABLES_903).map((k) => [k, [] as Cells[]])) as Record<
    Table,
    Cells[]
  >;
  const d = (day: number | null): string | null => (day === null || day > end ? null : dmyOf(day));
  for (const c of children) {
    if (c.careStart > end) continue;
    const inYear = c.episodes.filter((e) => e.decom <= end && (e.dec === null || e.dec >= start));
    const birthday17 = plusYears(c.dob, 17);
    const leaverInYear =
      c.careLeaver &&
      c.careEnd !== null &&
      c.careEnd < start &&
      plusYears(c.dob, 21) >= start &&
      birthday17 <= end;
    if (inYear.length === 0 && !leaverInYear) continue;
    const error = withErrors ? c.error : null;
    const dob = error === 'dob' ? '31/02/2015' : dmyOf(c.dob);
    t.Header.push({
      CHILD: c.id,
      SEX: c.sex,
      DOB: dob,
      ETHNIC: error === 'ethnic' ? 'XXXX' : c.ethnic,
      UPN: c.upn,
      MOTHER: c.sex === 'F' && !leaverInYear ? '0' : null,
      MC_DOB: null,
    });
    if (c.uasc) {
      const duc = plusYears(c.dob, 18);
      t.UASC.push({ CHILD: c.id, SEX: c.sex, DOB: dmyOf(c.dob), DUC: dmyOf(duc) });
    }
    if (leaverInYear) {
      t.OC3.push({
        CHILD: c.id,
        DOB: dmyOf(c.dob),
        IN_TOUCH: rnd.weighted<string>([
          ['YES', 85],
          ['NO', 8],
          ['REFU', 4],
          ['NREQ', 3],
        ]),
        ACTIV: rnd.pick(['F1', 'F2', 'G4', 'G5', 'P1', 'P2']),
        ACCOM: rnd.pick(['B1', 'C1', 'D1', 'E1', 'G1', 'H1', 'K1', 'R1', 'S2', 'T1']),
      });
      continue;
    }
    for (const e of inYear) {
      const open = e.dec === null || e.dec > end;
      const row: Cells = {
        CHILD: c.id,
        DECOM: dmyOf(e.decom),
        RNE: e.rne,
        LS: e.ls,
        CIN: c.need,
        PLACE: error === 'place' ? 'ZZ' : e.place,
        PLACE_PROVIDER: e.provider,
        DEC: open ? null : dmyOf(e.dec as number),
        REC: open ? null : e.rec,
        REASON_PLACE_CHANGE: open ? null : e.reason,
        HOME_POST: c.homePost,
        PL_POST: error === 'postcode' ? 'ZZ9 9ZZ' : e.plPost,
        URN: e.urn,
      };
      if (error === 'dates' && !open) {
        row.DECOM = row.DEC as string;
        row.DEC = dmyOf(e.decom);
      }
      t.Episodes.push(row);
      if (e.decom >= start) {
        if (e.rne === 'S' || e.rne === 'B')
          t.PrevPerm.push({
            CHILD: c.id,
            DOB: dmyOf(c.dob),
            PREV_PERM: 'Z1',
            LA_PERM: null,
            DATE_PERM: null,
          });
      }
    }
    // Reviews: 20 days after care starts, then 3 months, then every 6 months while in care.
    const reviewDays = [c.careStart + 20, c.careStart + 20 + 91];
    for (let r = c.careStart + 20 + 91 + 182; r <= (c.careEnd ?? end) && r <= end; r += 182)
      reviewDays.push(r);
    for (const r of reviewDays) {
      if (r < start || r > end || (c.careEnd !== null && r > c.careEnd)) continue;
      const under4 = r < plusYears(c.dob, 4);
      t.Reviews.push({
        CHILD: c.id,
        DOB: dmyOf(c.dob),
        REVIEW: dmyOf(r),
        REVIEW_CODE:
          error === 'review' ? null : under4 ? 'PN0' : rnd.pick(['PN1', 'PN1', 'PN2', 'PN3', 'PN4']),
      });
    }
    const inCareAtEnd = c.careEnd === null || c.careEnd > end;
    if (inCareAtEnd && c.careStart <= end - 365) {
      const age = Math.floor((end - c.dob) / 365.25);
      const misuse = age >= 10 && rnd.chance(0.05);
      t.OC2.push({
        CHILD: c.id,
        DOB: dmyOf(c.dob),
        SDQ_SCORE: age >= 4 && age <= 17 ? String(rnd.int(0, 40)) : null,
        SDQ_REASON: null,
        CONVICTED: age >= 10 ? (rnd.chance(0.03) ? '1' : '0') : null,
        HEALTH_CHECK: age < 5 ? '1' : null,
        IMMUNISATIONS: rnd.chance(0.9) ? '1' : '0',
        TEETH_CHECK: rnd.chance(0.85) ? '1' : '0',
        HEALTH_ASSESSMENT: '1',
        SUBSTANCE_MISUSE: misuse ? '1' : '0',
        INTERVENTION_RECEIVED: misuse ? '1' : null,
        INTERVENTION_OFFERED: misuse ? '1' : null,
      });
    }
    if (c.adopted && c.careEnd !== null && c.careEnd >= start && c.careEnd <= end) {
      const placed = c.episodes.find((e) => e.ls === 'E1')?.decom ?? c.careEnd - 200;
      t.AD1.push({
        CHILD: c.id,
        DOB: dmyOf(c.dob),
        DATE_INT: dmyOf(placed - 120),
        DATE_MATCH: dmyOf(placed - 20),
        FOSTER_CARE: rnd.chance(0.15) ? '1' : '0',
        NB_ADOPTR: rnd.chance(0.8) ? '2' : '1',
        SEX_ADOPTR: rnd.pick(['MF', 'MF', 'MF', 'MM', 'FF']),
        LS_ADOPTR: rnd.pick(['L0', 'L11', 'L12']),
      });
      t.PlacedAdoption.push({
        CHILD: c.id,
        DOB: dmyOf(c.dob),
        DATE_PLACED: dmyOf(placed - 150),
        DATE_PLACED_CEASED: null,
        REASON_PLACED_CEASED: null,
      });
    }
    for (const m of c.missing) {
      if (m.start < start || m.start > end) continue;
      t.Missing.push({
        CHILD: c.id,
        DOB: dmyOf(c.dob),
        MISSING: m.type,
        MIS_START: dmyOf(m.start),
        MIS_END: d(m.end),
      });
    }
    for (const sw of c.social) {
      if (sw.start > end || (sw.end !== null && sw.end < start)) continue;
      const open = sw.end === null || sw.end > end;
      t.SWEpisodes.push({
        CHILD: c.id,
        DOB: dmyOf(c.dob),
        SW_ID: sw.id,
        SW_DECOM: dmyOf(sw.start),
        SW_DEC: open ? null : dmyOf(sw.end as number),
        SW_REASON: open ? null : sw.reason,
      });
    }
    if (c.dolo && c.dolo.start >= start && c.dolo.start <= end) {
      t.DoLo.push({
        CHILD: c.id,
        DOB: dmyOf(c.dob),
        DOLO_START: dmyOf(c.dolo.start),
        DOLO_END: d(c.dolo.end),
      });
    }
  }
  return t;
}

function writeYear(dir: string, tables: Record<Table, Cells[]>): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const [name, rows] of Object.entries(tables) as [Table, Cells[]][]) {
    const columns = TABLES_903[name];
    const lines = [columns.join(',')];
    for (const r of rows) lines.push(columns.map((c) => r[c] ?? '').join(','));
    const text = `${lines.join('\r\n')}\r\n`;
    bytes += text.length;
    writeFileSync(join(dir, FILE_NAMES_903[name]), text);
  }
  return bytes;
}

/** Generate `children` children and write both years; returns the sizes written. */
export function generate903(options: { children: number; out: string; year: number; seed: number }) {
  const pc = postcodeTable();
  const homes = pc.postcodesIn(HOME_DISTRICT, 3000);
  const away = NEAR_DISTRICTS.flatMap((d) => pc.postcodesIn(d, 800));
  const rnd = new Random(options.seed);
  // Children are drawn until `children` of them are in this year's return (others left care before
  // it and appear, if at all, only in last year's).
  const children: Child[] = [];
  let inThisYear = 0;
  for (let i = 0; inThisYear < options.children; i++) {
    const c = makeChild(i, rnd.fork(i + 1), options.year, homes, away);
    children.push(c);
    if (inReturn(c, options.year)) inThisYear++;
  }
  // Errors go into this year's files only: last year's return was accepted by the DfE.
  const current = writeYear(
    join(options.out, 'current'),
    yearTables(children, options.year, rnd.fork(-1), true),
  );
  const previous = writeYear(
    join(options.out, 'previous'),
    yearTables(children, options.year - 1, rnd.fork(-2), false),
  );
  return { current, previous };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      children: { type: 'string', default: '1000' },
      out: { type: 'string' },
      year: { type: 'string', default: '2026' },
      seed: { type: 'string', default: '1' },
    },
  });
  const children = Number(values.children);
  const out = values.out ?? `bench/out/903-${children}`;
  const sizes = generate903({ children, out, year: Number(values.year), seed: Number(values.seed) });
  console.log(
    `${children} children: ${(sizes.current / 1e6).toFixed(1)} MB this year, ${(sizes.previous / 1e6).toFixed(1)} MB last year, in ${out}`,
  );
}
