/**
 * Reads SSDA903 CSV files into the tables the rules work on.
 *
 * Tolerant where councils' systems differ harmlessly: a file's table is recognised by its SET of
 * column names (any order, any case, a UTF-8 byte-order mark, CRLF line ends); every cell is trimmed
 * and upper-cased on the way in (as the DfE tool does) and an empty cell becomes null.
 * Strict about everything else, and never by crashing or by dropping data silently: each problem is
 * reported with the file, the spreadsheet row (header = 1) and the column, and says what would be
 * valid. A file that cannot be used at all (not UTF-8, binary, empty, unknown or missing columns) is
 * a `fatal` problem; a bad row or value is an `error` problem and the rest of the file is read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { CODES_903 } from '../../codes/ssda903.ts';
import { decodeCsvBytes, eachRecord, fatalProblem as fatal, isBlankCell, isPlainCsv } from '../common/csv.ts';
import { dmy } from '../common/dates.ts';
import {
  type FileProblem,
  type ListedProblem,
  ProblemList,
  type ProblemListExport,
} from '../common/findings.ts';
import { type Cell, ColumnTable } from '../common/table.ts';
import { type Partition903, partOfAsciiCell, partOfChild, partShare } from './partition.ts';
import type { Tables903 } from './rule.ts';
import { BASE_TABLES_903, type BaseTable903, TABLES_903, type TableName903 } from './tables.ts';

/** Where each row of a table came from: the file, and the spreadsheet row of each table row. */
export interface Source903 {
  readonly file: string;
  readonly rows: readonly number[];
}

export interface Read903Result {
  readonly tables: Tables903;
  readonly sources: Partial<Record<TableName903, Source903>>;
  readonly problems: FileProblem[];
}

export interface Read903Options {
  /** End year of the collection ('2026' for 2025/26): decides which code lists apply. */
  readonly collectionYear: string;
  /** Files or folders of the previous year's return, read as `<Table>_last`. */
  readonly previous?: readonly string[];
  /** Longest cell accepted; the longest real 903 value is a few dozen characters. */
  readonly maxCellLength?: number;
  /** Largest file accepted, in bytes. */
  readonly maxFileBytes?: number;
}

export const MAX_CELL_LENGTH = 1_000;
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** Distinct values a column may share before it is taken to hold ids (see parse903File). */
const MAX_SHARED_PER_COLUMN = 5_000;
/**
 * Distinct values a date column may share: real dates are few (36,525 a century), so a date column
 * keeps sharing where a code column with that many values would be holding ids.
 */
const MAX_SHARED_DATES = 100_000;
/** Distinct CHILD ids shared across a return's files (see `Parse903Options.childIds`). */
const MAX_SHARED_CHILD_IDS = 2_000_000;

/** Columns holding DD/MM/YYYY dates. */
const DATE_COLUMNS = new Set([
  'DOB',
  'MC_DOB',
  'DECOM',
  'DEC',
  'REVIEW',
  'DUC',
  'DATE_INT',
  'DATE_MATCH',
  'DATE_PLACED',
  'DATE_PLACED_CEASED',
  'DATE_PERM',
  'MIS_START',
  'MIS_END',
  'SW_DECOM',
  'SW_DEC',
  'DOLO_START',
  'DOLO_END',
]);

/**
 * The first collection year each code list in CODES_903 is right for (the ruleset its source rule
 * was defined in, columns.json). Before that year the list differed (e.g. SEX was 1/2), and the
 * year's rules, which carry their own lists, are left to judge the codes.
 */
const CODE_LIST_FROM: Record<string, number> = {
  'Header.SEX': 2025,
  'Episodes.PLACE': 2026,
  'Episodes.PLACE_PROVIDER': 2026,
  'SWEpisodes.SW_REASON': 2025,
};
/** SEX before 2024/25: 1 = male, 2 = female. */
const OLD_SEX = new Set(['1', '2']);
/** LA_PERM also takes three-digit council numbers, which no list here carries. */
const UNCHECKED_CODE_COLUMNS = new Set(['PrevPerm.LA_PERM']);

function codeListsFor(table: BaseTable903, year: number): Map<string, ReadonlySet<string>> {
  const out = new Map<string, ReadonlySet<string>>();
  const lists = (CODES_903 as Partial<Record<BaseTable903, Record<string, readonly string[]>>>)[table];
  if (!lists) return out;
  for (const [column, codes] of Object.entries(lists)) {
    const key = `${table}.${column}`;
    if (UNCHECKED_CODE_COLUMNS.has(key)) continue;
    if (year < (CODE_LIST_FROM[key] ?? 2023)) {
      if (key === 'Header.SEX') out.set(column, OLD_SEX);
      continue;
    }
    out.set(column, new Set(codes));
  }
  return out;
}

export interface Parsed903File {
  /** The table the file holds, or null when it could not be recognised (see problems). */
  readonly table: BaseTable903 | null;
  readonly data: ColumnTable | null;
  /** Spreadsheet row of each table row. */
  readonly rows: readonly number[];
  readonly problems: FileProblem[];
  /**
   * Read as one part of a return split by child (`Parse903Options.partition`): the pieces its
   * problems are made of, for `mergeProblemParts` to put the parts' problems together in row order.
   */
  readonly parts?: ProblemPieces;
}

/** A part's problems with one file, before they are listed (see `finishProblems`). */
export interface ProblemPieces {
  readonly found: ProblemListExport;
  /** Spreadsheet rows that were blank (only part 0 has them: a blank row has no CHILD). */
  readonly blank: readonly number[];
  /** Why the file could not be used, when it could not (the same in every part). */
  readonly refused: FileProblem | null;
}

export interface Parse903Options {
  /** Collection year whose code lists apply, or null to skip code checks. */
  readonly collectionYear: number | null;
  readonly maxCellLength?: number;
  /**
   * CHILD ids already read from the return's other files. Every table repeats the same ids: taking
   * each from here keeps one string per child instead of one per row of every table (on a
   * 100,000-child return, 100,000 strings rather than 650,000 that each survive garbage collection),
   * and lets joins on CHILD compare identical strings.
   */
  readonly childIds?: Map<string, string>;
  /**
   * Keep only the rows of this part's children (see partition.ts). File-level problems are the same
   * in every part; a row's problems are found by the part that keeps the row.
   */
  readonly partition?: Partition903;
}

/** Which 903 table a header names; `message` says why it is not exactly one (then it is refused). */
export function identifyTable(header: readonly string[]): {
  table: BaseTable903 | null;
  message: string | null;
} {
  const got = new Set(header);
  if (got.size !== header.length) {
    const dup = [...new Set(header.filter((h, i) => header.indexOf(h) !== i))];
    return { table: null, message: `the header names column ${dup.join(', ')} more than once` };
  }
  let best: BaseTable903 | null = null;
  let bestScore = 0;
  for (const name of BASE_TABLES_903) {
    const cols: readonly string[] = TABLES_903[name];
    const common = cols.filter((c) => got.has(c)).length;
    if (common === cols.length && got.size === cols.length) return { table: name, message: null };
    const score = common / Math.max(cols.length, got.size);
    if (score > bestScore) {
      bestScore = score;
      best = name;
    }
  }
  if (best && bestScore >= 0.5) {
    const cols: readonly string[] = TABLES_903[best];
    const unknown = header.filter((h) => !cols.includes(h));
    const missing = cols.filter((c) => !got.has(c));
    const parts: string[] = [];
    if (unknown.length) parts.push(`unknown column ${unknown.map((c) => c || '(blank)').join(', ')}`);
    if (missing.length) parts.push(`missing column ${missing.join(', ')}`);
    return {
      table: best,
      message:
        `the header looks like the ${best} table but has ${parts.join(' and ')}; ` +
        `the ${best} columns are ${cols.join(', ')}`,
    };
  }
  return {
    table: null,
    message:
      `the header (${header.map((c) => c || '(blank)').join(', ')}) matches no 903 table; ` +
      `expected the columns of one of ${BASE_TABLES_903.join(', ')}`,
  };
}

const shortValue = (v: string): string => (v.length > 24 ? `${v.slice(0, 24)}…` : v);

/**
 * A cell as the DfE tool sees it: trimmed, upper-cased, empty -> null. Most cells need neither
 * change, so they are tested first rather than copied. With `intern`, equal results share one
 * string: a return repeats the same codes and dates across hundreds of thousands of cells, and one
 * string each instead of one per cell keeps a 100,000-child return's memory down.
 */
export function normalise(raw: string, intern: Map<string, string> | null): string | null {
  let v = raw;
  const n = v.length;
  if (n === 0) return null;
  if (
    v.charCodeAt(0) <= 32 ||
    v.charCodeAt(n - 1) <= 32 ||
    v.charCodeAt(0) === 0xa0 ||
    v.charCodeAt(n - 1) === 0xa0
  ) {
    v = v.trim();
    if (v === '') return null;
  }
  for (let i = 0; i < v.length; i++) {
    const ch = v.charCodeAt(i);
    if ((ch >= 97 && ch <= 122) || ch > 127) {
      v = v.toUpperCase();
      break;
    }
  }
  if (intern === null) return v;
  const shared = intern.get(v);
  if (shared !== undefined) return shared;
  intern.set(v, v);
  return v;
}

/** A file that could not be used at all, and why. */
const unusable = (p: FileProblem): Parsed903File => ({
  table: null,
  data: null,
  rows: [],
  problems: [p],
  parts: { found: { listed: [], unlisted: [] }, blank: [], refused: p },
});

/** A file's problems as listed: those found in its rows, a note of blank rows, and why it was refused. */
function finishProblems(
  file: string,
  problems: ProblemList,
  blank: readonly number[],
  refused: FileProblem | null,
): FileProblem[] {
  if (refused) return [...problems.list(), refused];
  if (blank.length > 0) {
    const shown = blank.slice(0, 10).join(', ');
    problems.add({
      level: 'warning',
      file,
      row: blank[0] as number,
      column: null,
      message: `${blank.length} blank row${blank.length === 1 ? '' : 's'} ignored (row ${shown}${blank.length > 10 ? ', …' : ''})`,
    });
  }
  return problems.list();
}

/**
 * One file's problems from its parts (each read with `Parse903Options.partition`, in part order),
 * exactly as reading the whole file on one thread lists them: each part found its own rows' problems
 * in row order, so they are merged by row and counted again as one list.
 */
export function mergeProblemParts(file: string, parts: readonly ProblemPieces[]): FileProblem[] {
  const listed: { p: ListedProblem; row: number; part: number }[] = [];
  parts.forEach((piece, part) => {
    let row = 0;
    for (const p of piece.found.listed) {
      // A problem with no row (rare: an unreadable record) keeps its place after the row before it.
      row = p.problem.row ?? row;
      listed.push({ p, row, part });
    }
  });
  listed.sort((a, b) => a.row - b.row || a.part - b.part);
  const merged = new ProblemList();
  merged.takeIn(
    listed.map((x) => x.p),
    parts.flatMap((piece) => piece.found.unlisted),
  );
  const blank = parts.flatMap((piece) => piece.blank).sort((a, b) => a - b);
  return finishProblems(file, merged, blank, parts[0]?.refused ?? null);
}

/** Parse one 903 CSV file's bytes: the table it holds, its rows and its problems. */
export function parse903File(file: string, bytes: Uint8Array, options: Parse903Options): Parsed903File {
  const maxCell = options.maxCellLength ?? MAX_CELL_LENGTH;
  const problems = new ProblemList();
  const decoded = decodeCsvBytes(file, bytes);
  if ('problem' in decoded) return unusable(decoded.problem);
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (!/\S/.test(text))
    return unusable(fatal(file, 'the file has no header row or data; expected a 903 CSV file'));

  let table: BaseTable903 | null = null;
  let refused: FileProblem | null = null;
  let header: string[] = [];
  let width = 0;
  let isDate: boolean[] = [];
  let codes: (ReadonlySet<string> | null)[] = [];
  // The table's cells, one array per column in header order (see ColumnTable), and the cells of the
  // row being read: a row is added only once all its cells are known to be usable.
  let columnCells: Cell[][] = [];
  let pending: Cell[] = [];
  // Per column: equal values share one string, until a column turns out to hold mostly distinct
  // values (ids), where sharing costs more than it saves; and a value equal to the row above's
  // (a child's episodes sit together) is taken from it without a look-up.
  let interns: (Map<string, string> | null)[] = [];
  let internLimit: number[] = [];
  let lastRaw: string[] = [];
  let lastValue: (string | null)[] = [];
  let lastOk: boolean[] = [];
  // Per column: whether its values are checked, and the shared values that failed the check.
  let checked: boolean[] = [];
  let invalid: (Set<string> | null)[] = [];
  let size = 0;
  // Room for the rows expected (lines, or a part's share of them), made at once rather than grown
  // row by row: growing arrays copy themselves and leave the old copies to the garbage collector.
  let lineCount = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineCount++;
  const capacity = options.partition
    ? Math.ceil(lineCount * partShare(options.partition) * 1.05) + 16
    : lineCount + 1;
  const lines: number[] = [];
  const blank: number[] = [];
  const partition = options.partition ?? null;
  // Where CHILD is in this file's rows (set with the header), for keeping one part's children.
  let childColumn = -1;

  const start = (cells: readonly string[], line: number): void => {
    header = cells.map((c) => c.trim().toUpperCase());
    // Spreadsheets often write trailing empty columns; they carry nothing.
    while (header.length > 0 && header[header.length - 1] === '') header.pop();
    if (header.some((h) => h.length > maxCell)) {
      refused = fatal(
        file,
        `the header row has a cell longer than ${maxCell} characters; is this a 903 CSV?`,
        line,
      );
      return;
    }
    const id = identifyTable(header);
    if (id.table === null || id.message !== null) {
      refused = fatal(file, id.message ?? 'unrecognised header', line);
      return;
    }
    table = id.table;
    width = header.length;
    const codeLists =
      options.collectionYear === null ? new Map() : codeListsFor(table, options.collectionYear);
    isDate = header.map((h) => DATE_COLUMNS.has(h));
    codes = header.map((h) => codeLists.get(h) ?? null);
    columnCells = header.map(() => new Array<Cell>(capacity).fill(null));
    pending = header.map(() => null);
    const childIds = options.childIds ?? null;
    interns = header.map((h) => (h === 'CHILD' && childIds !== null ? childIds : new Map<string, string>()));
    internLimit = header.map((h) =>
      h === 'CHILD' && childIds !== null
        ? MAX_SHARED_CHILD_IDS
        : DATE_COLUMNS.has(h)
          ? MAX_SHARED_DATES
          : MAX_SHARED_PER_COLUMN,
    );
    lastRaw = header.map(() => '');
    lastValue = header.map(() => null);
    lastOk = header.map(() => true);
    checked = header.map((_, c) => (isDate[c] ?? false) || codes[c] !== null);
    invalid = header.map(() => null);
    childColumn = header.indexOf('CHILD');
  };

  /** Whether a row's CHILD (as the reader would normalise it) is in another part. */
  const othersChild = (raw: string | undefined): boolean =>
    partition !== null &&
    partOfChild(raw === undefined ? null : normalise(raw, null), partition.count) !== partition.index;

  /** For plain CSV text: pass over another part's row before it is split (see `eachRecord`). */
  const skipLine =
    partition === null
      ? undefined
      : (t: string, start: number, end: number): boolean => {
          if (refused) return true;
          if (table === null) return false;
          let from = start;
          for (let c = 0; c < childColumn; c++) {
            const comma = t.indexOf(',', from);
            // Too few cells to reach CHILD: a row without a CHILD, which part 0 keeps.
            if (comma < 0 || comma >= end) return partition.index !== 0;
            from = comma + 1;
          }
          let to = t.indexOf(',', from);
          if (to < 0 || to > end) to = end;
          const part = partOfAsciiCell(t, from, to, partition.count);
          return part >= 0 ? part !== partition.index : othersChild(t.slice(from, to));
        };

  const record = (values: readonly string[], line: number): void => {
    // Plain text was sorted by part before splitting (skipLine); quoted text is sorted here.
    if (partition !== null && !plain && othersChild(values[childColumn])) return;
    if (values.every(isBlankCell)) {
      blank.push(line);
      return;
    }
    if (values.length !== width) {
      const extra = values.slice(width);
      if (values.length < width) {
        problems.add(
          {
            level: 'error',
            file,
            row: line,
            column: header[values.length] ?? null,
            message: `row ${line} has ${values.length} cells but the header has ${width} columns (a truncated row?); the missing cells are read as blank`,
          },
          'too few cells',
        );
      } else if (!extra.every(isBlankCell)) {
        problems.add(
          {
            level: 'error',
            file,
            row: line,
            column: null,
            message: `row ${line} has ${values.length} cells but the header has ${width} columns; the cells after ${header[width - 1]} are ignored`,
          },
          'too many cells',
        );
      }
    }
    for (let c = 0; c < width; c++) {
      const raw = values[c];
      pending[c] = null;
      if (raw === undefined) continue;
      if (raw.length > maxCell) {
        problems.add(
          {
            level: 'error',
            file,
            row: line,
            column: header[c] as string,
            message: `row ${line}, ${header[c]}: the cell is ${raw.length} characters long (at most ${maxCell} accepted); the row was skipped`,
          },
          'cell too long',
        );
        return;
      }
      if (quoted && raw.includes('\n')) {
        // No 903 value holds a line break; a stray quote mark has likely joined rows together.
        problems.add(
          {
            level: 'error',
            file,
            row: line,
            column: header[c] as string,
            message: `row ${line}, ${header[c]}: the cell holds a line break; a stray quote mark (") may have joined the rows after it into this cell`,
          },
          'line break in a cell',
        );
      }
      // The value, shared with equal ones, and whether it passes the column's check (date or code
      // list), which is made once per distinct value while values are shared, not once per cell.
      let v: string | null;
      let ok = true;
      if (raw === lastRaw[c]) {
        v = lastValue[c] ?? null;
        ok = lastOk[c] as boolean;
      } else {
        v = normalise(raw, null);
        if (v !== null) {
          const intern = interns[c] ?? null;
          const shared = intern?.get(v);
          if (shared !== undefined) {
            v = shared;
            ok = !(invalid[c]?.has(v) ?? false);
          } else {
            if (checked[c]) ok = validCell(c, v);
            if (intern !== null) {
              intern.set(v, v);
              if (!ok) {
                const bad = invalid[c] ?? new Set<string>();
                bad.add(v);
                invalid[c] = bad;
              }
              if (intern.size > (internLimit[c] as number)) interns[c] = null;
            }
          }
        }
        lastRaw[c] = raw;
        lastValue[c] = v;
        lastOk[c] = ok;
      }
      pending[c] = v;
      if (!ok) reportCell(c, v as string, line);
    }
    if (size < capacity)
      for (let c = 0; c < width; c++) (columnCells[c] as Cell[])[size] = pending[c] ?? null;
    else for (let c = 0; c < width; c++) (columnCells[c] as Cell[]).push(pending[c] ?? null);
    size++;
    lines.push(line);
  };

  /** Whether a value passes its column's check: a date column holds a date, a coded column a code. */
  const validCell = (c: number, v: string): boolean =>
    !(isDate[c] && dmy(v) === null) && !(codes[c] && !codes[c].has(v));

  /** Report a value that fails its column's check (the row is kept). */
  const reportCell = (c: number, v: string, line: number): void => {
    const col = header[c] as string;
    if (isDate[c] && dmy(v) === null) {
      problems.add(
        {
          level: 'error',
          file,
          row: line,
          column: col,
          message: `row ${line}, ${col}: '${shortValue(v)}' is not a date; dates are DD/MM/YYYY, e.g. 31/03/2026`,
        },
        'not a date',
      );
    } else {
      const allowed = codes[c];
      if (allowed && !allowed.has(v)) {
        problems.add(
          {
            level: 'error',
            file,
            row: line,
            column: col,
            message: `row ${line}, ${col}: '${shortValue(v)}' is not a valid ${col} code; valid codes are ${[...allowed].join(', ')}`,
          },
          'unknown code',
        );
      }
    }
  };

  const quoted = text.includes('"');
  const plain = isPlainCsv(text);
  let first = true;
  // Records CSV parsing could not read belong to no child: part 0 reports them.
  const parseProblems = partition !== null && partition.index > 0 ? new ProblemList() : problems;
  eachRecord(
    file,
    text,
    parseProblems,
    (cells, line) => {
      if (refused) return;
      if (first) {
        first = false;
        start(cells, line);
      } else record(cells, line);
    },
    skipLine,
  );
  if (first) refused = fatal(file, 'no header row');
  const done = refused ?? (table === null ? fatal(file, 'no header row') : null);
  const parts: ProblemPieces | undefined =
    partition === null ? undefined : { found: problems.export(), blank: [...blank], refused: done };
  if (done || table === null) {
    return {
      table: null,
      data: null,
      rows: [],
      problems: finishProblems(file, problems, blank, done),
      parts,
    };
  }
  const data = new Map<string, readonly Cell[]>();
  for (let c = 0; c < width; c++) {
    const cells = columnCells[c] as Cell[];
    if (cells.length > size) cells.length = size;
    data.set(header[c] as string, cells);
  }
  return {
    table,
    data: new ColumnTable(TABLES_903[table], data, size),
    rows: lines,
    problems: finishProblems(file, problems, blank, null),
    parts,
  };
}

/** The CSV files a list of files and folders names: folders are listed (not recursively), sorted. */
function expandInputs(inputs: readonly string[], problems: FileProblem[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    let isDir: boolean;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      problems.push(fatal(input, 'no such file or folder'));
      continue;
    }
    if (!isDir) {
      files.push(input);
      continue;
    }
    const names = readdirSync(input, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of names) {
      if (e.name.startsWith('.')) continue;
      const path = join(input, e.name);
      if (e.isFile() && extname(e.name).toLowerCase() === '.csv') files.push(path);
      else
        problems.push({
          level: 'warning',
          file: path,
          row: null,
          column: null,
          message: e.isDirectory()
            ? 'a folder inside the return folder; it was not read'
            : 'not a .csv file; it was not read',
        });
    }
  }
  return files;
}

/** One CSV file of a return to read: its path, and which year's table it gives. */
export interface FileJob903 {
  readonly file: string;
  readonly suffix: '' | '_last';
  /** Collection year whose code lists apply (NaN when unknown). */
  readonly year: number;
}

/** A step of reading a return, in order: a problem found listing the inputs, or a file to read. */
export type ReadStep903 = { readonly problem: FileProblem } | { readonly job: FileJob903 };

/**
 * What reading a return involves, in the order its problems are reported: the current year's files
 * (files or folders), then the previous year's (read as `<Table>_last`).
 */
export function planRead903(inputs: readonly string[], options: Read903Options): ReadStep903[] {
  const steps: ReadStep903[] = [];
  const year = Number(options.collectionYear);
  const groups: { files: readonly string[]; suffix: '' | '_last'; year: number }[] = [
    { files: inputs, suffix: '', year },
    { files: options.previous ?? [], suffix: '_last', year: year - 1 },
  ];
  for (const group of groups) {
    const listed: FileProblem[] = [];
    const files = expandInputs(group.files, listed);
    for (const problem of listed) steps.push({ problem });
    if (
      group.suffix === '' &&
      files.length === 0 &&
      !steps.some((s) => 'problem' in s && s.problem.level === 'fatal')
    ) {
      steps.push({
        problem: fatal(inputs.join(', '), 'no .csv files found; expected the 903 tables as CSV files'),
      });
    }
    for (const file of files) steps.push({ job: { file, suffix: group.suffix, year: group.year } });
  }
  return steps;
}

/**
 * Read and parse one file of a return. `childIds` shares CHILD strings across a return's files (see
 * `Parse903Options.childIds`); `partition` keeps one part's children (see `Parse903Options.partition`).
 */
export function readFile903(
  job: FileJob903,
  options: Pick<Read903Options, 'maxCellLength' | 'maxFileBytes'>,
  childIds?: Map<string, string>,
  partition?: Partition903,
): Parsed903File {
  const maxBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
  let bytes: Buffer;
  try {
    const size = statSync(job.file).size;
    if (size > maxBytes) {
      return unusable(fatal(job.file, `the file is ${size} bytes; at most ${maxBytes} bytes are accepted`));
    }
    bytes = readFileSync(job.file);
  } catch (e) {
    return unusable(
      fatal(job.file, `cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`),
    );
  }
  return parse903File(job.file, bytes, {
    collectionYear: Number.isFinite(job.year) ? job.year : null,
    maxCellLength: options.maxCellLength,
    childIds,
    partition,
  });
}

/** Put a return together from its steps and each file's result (`results[i]` for the i-th job). */
export function assembleRead903(
  steps: readonly ReadStep903[],
  results: readonly Parsed903File[],
): Read903Result {
  const problems: FileProblem[] = [];
  const tables: Tables903 = {};
  const sources: Partial<Record<TableName903, Source903>> = {};
  let next = 0;
  for (const step of steps) {
    if ('problem' in step) {
      problems.push(step.problem);
      continue;
    }
    const { file, suffix } = step.job;
    const parsed = results[next++];
    if (!parsed) throw new Error(`no result for ${file}`);
    problems.push(...parsed.problems);
    if (!parsed.table || !parsed.data) continue;
    const name = `${parsed.table}${suffix}` as TableName903;
    const already = sources[name];
    if (already) {
      problems.push(
        fatal(
          file,
          `a second ${name} table (the first is ${basename(already.file)}); give one file per table`,
        ),
      );
      continue;
    }
    tables[name] = parsed.data;
    sources[name] = { file, rows: parsed.rows };
  }
  return { tables, sources, problems };
}

/**
 * Read a 903 return: the current year's files (files or folders) and, optionally, the previous
 * year's (as `<Table>_last`). (validate-parts.ts reads a large return in parts, split by child.)
 */
export function read903(inputs: readonly string[], options: Read903Options): Read903Result {
  const steps = planRead903(inputs, options);
  const childIds = new Map<string, string>();
  const results: Parsed903File[] = [];
  for (const step of steps) if ('job' in step) results.push(readFile903(step.job, options, childIds));
  return assembleRead903(steps, results);
}
