/**
 * The columns the DfE's 903 tool derives rather than reads (columns.json, `derived_columns`):
 *
 * - Header.UASC: '1' when the child is in the UASC table, else '0'. Added only when both tables
 *   were supplied, as the tool does; without a UASC table the column stays absent (null).
 * - Episodes.PL_LA: the upper-tier council (children's services) of the placement postcode, from the
 *   ONS postcode district and the April 2021 district -> upper-tier lookup; SCO, NIR or WAL for a
 *   placement in Scotland, Northern Ireland or Wales.
 * - Episodes.PL_LOCATION: 'IN' when PL_LA is the council's own code, else 'OUT'; null when the
 *   placement postcode is unknown.
 * - Episodes.PL_DISTANCE: miles between home and placement postcodes,
 *   sqrt(dE² + dN²) / 1000 / 1.6093 rounded to one decimal place (half to even, as numpy rounds).
 *
 * One deliberate difference from the tool: a unitary, metropolitan or London council code that the
 * 2021 lookup predates (North Yorkshire E06000065, Cumberland E06000063, Westmorland and Furness
 * E06000064, Somerset E06000066, Barnsley E08000038, Sheffield E08000039) is its own upper tier, so
 * it maps to itself; the tool leaves PL_LA empty there and so flags every such placement.
 * The same applies to the previous year's tables (`Header_last`, `Episodes_last`).
 */
import { type Cell, ColumnTable, columnCells, type Row, rowCount, type Table } from '../common/table.ts';
import { type PostcodeLocation, type PostcodeTable, postcodeTable } from './postcodes.ts';
import type { Tables903 } from './rule.ts';

const COUNTRY_BY_LETTER: Record<string, string> = { S: 'SCO', N: 'NIR', W: 'WAL' };
const OWN_UPPER_TIER = /^E0[689]\d{6}$/;

/** numpy's round(x, 1): round half to even on x * 10. */
export function roundMiles(x: number): number {
  const scaled = x * 10;
  let r = Math.round(scaled);
  if (Math.abs(scaled % 1) === 0.5 && r % 2 !== 0) r -= 1;
  return r / 10;
}

export interface Placement903 {
  readonly PL_LA: string | null;
  readonly PL_LOCATION: 'IN' | 'OUT' | null;
  readonly PL_DISTANCE: string | null;
}

/** Miles between two located postcodes, rounded as the DfE tool rounds, or null. */
export function distanceMiles(
  home: PostcodeLocation | null,
  placement: PostcodeLocation | null,
): number | null {
  if (
    home?.easting == null ||
    home.northing == null ||
    placement?.easting == null ||
    placement.northing == null
  ) {
    return null;
  }
  const de = home.easting - placement.easting;
  const dn = home.northing - placement.northing;
  // sqrt of the sum of squares, not Math.hypot, to round exactly as the DfE tool's numpy does.
  return roundMiles(Math.sqrt(de * de + dn * dn) / 1000 / 1.6093);
}

/** The three derived placement columns for one episode. */
export function derivePlacement(
  home: PostcodeLocation | null,
  placement: PostcodeLocation | null,
  localAuthority: string | null,
): Placement903 {
  let plLa: string | null = null;
  let location: 'IN' | 'OUT' | null = null;
  if (placement) {
    const district = placement.district;
    const country = COUNTRY_BY_LETTER[district.code.charAt(0)];
    if (country) {
      plLa = country;
      location = 'OUT';
    } else {
      plLa = district.utla ?? (OWN_UPPER_TIER.test(district.code) ? district.code : null);
      location = plLa !== null && plLa === localAuthority ? 'IN' : 'OUT';
    }
  }
  const d = distanceMiles(home, placement);
  return { PL_LA: plLa, PL_LOCATION: location, PL_DISTANCE: d === null ? null : d.toFixed(1) };
}

/** The table with derived columns added: shared columns for a column table, copied rows otherwise. */
function withColumns(t: Table, extra: ReadonlyMap<string, readonly Cell[]>): Table {
  if (t instanceof ColumnTable) return t.withColumns(extra);
  const columns = [...t.columns.filter((c) => !extra.has(c)), ...extra.keys()];
  const rows = t.rows.map((r, i) => {
    const row: Row = { ...r };
    for (const [name, cells] of extra) row[name] = cells[i] ?? null;
    return row;
  });
  return { columns, rows };
}

function addUasc(header: Table | undefined, uasc: Table | undefined): Table | undefined {
  if (!header || !uasc) return header;
  const inUasc = new Set<string>();
  for (const c of columnCells(uasc, 'CHILD')) if (c) inUasc.add(c);
  const flags = columnCells(header, 'CHILD').map((c) => (c !== null && inUasc.has(c) ? '1' : '0'));
  return withColumns(header, new Map([['UASC', flags]]));
}

function addPlacements(episodes: Table | undefined, la: string | null, table: () => PostcodeTable) {
  if (!episodes) return episodes;
  const n = rowCount(episodes);
  const plLa: Cell[] = new Array(n).fill(null);
  const plLocation: Cell[] = new Array(n).fill(null);
  const plDistance: Cell[] = new Array(n).fill(null);
  const derived = new Map<string, readonly Cell[]>([
    ['PL_LA', plLa],
    ['PL_LOCATION', plLocation],
    ['PL_DISTANCE', plDistance],
  ]);
  if (n === 0) return withColumns(episodes, derived);
  const postcodes = table();
  // A child's episodes repeat the same home and placement postcodes: look each postcode up once,
  // work out each placement's council once, and share the distance strings.
  const locations = new Map<string, PostcodeLocation | null>();
  const find = (pc: string | null | undefined): PostcodeLocation | null => {
    if (pc === null || pc === undefined) return null;
    let hit = locations.get(pc);
    if (hit === undefined) {
      hit = postcodes.find(pc);
      locations.set(pc, hit);
    }
    return hit;
  };
  const councils = new Map<string, Placement903>();
  const miles = new Map<number, string>();
  const none = derivePlacement(null, null, la);
  const homePost = columnCells(episodes, 'HOME_POST');
  const plPost = columnCells(episodes, 'PL_POST');
  for (let i = 0; i < n; i++) {
    const home = find(homePost[i]);
    const pc = plPost[i] ?? null;
    const placement = find(pc);
    let council = pc === null ? none : councils.get(pc);
    if (council === undefined) {
      council = derivePlacement(null, placement, la);
      councils.set(pc as string, council);
    }
    plLa[i] = council.PL_LA;
    plLocation[i] = council.PL_LOCATION;
    const d = distanceMiles(home, placement);
    let text: string | null = null;
    if (d !== null) {
      text = miles.get(d) ?? null;
      if (text === null) {
        text = d.toFixed(1);
        miles.set(d, text);
      }
    }
    plDistance[i] = text;
  }
  return withColumns(episodes, derived);
}

/**
 * Add the derived columns to a return's tables, returning new tables that share the read columns
 * (the tables passed in are not changed). The postcode table is loaded only when
 * there are episodes to derive from.
 */
export function deriveColumns903(
  tables: Tables903,
  localAuthority: string | null,
  postcodes: () => PostcodeTable = postcodeTable,
): Tables903 {
  const out: Tables903 = { ...tables };
  const header = addUasc(tables.Header, tables.UASC);
  if (header) out.Header = header;
  const headerLast = addUasc(tables.Header_last, tables.UASC_last);
  if (headerLast) out.Header_last = headerLast;
  const episodes = addPlacements(tables.Episodes, localAuthority, postcodes);
  if (episodes) out.Episodes = episodes;
  const episodesLast = addPlacements(tables.Episodes_last, localAuthority, postcodes);
  if (episodesLast) out.Episodes_last = episodesLast;
  return out;
}
