/**
 * Streams a CIN census XML file into the tables the rules work on (shared/reference/cin/notes.md):
 * one pass with saxes, linear in the file's size, holding only the current child's rows until the
 * child's element closes. The rows are either all kept, or handed over in batches of whole children
 * (`onBatch`), so that a validator can check a census of any size in the same memory. Differences
 * from the DfE tool's reader, on purpose:
 * - Reviews gets one row per CPPreviewDate (the tool keeps only the first date of each Reviews).
 * - A file with a DOCTYPE is refused: a document type can declare entities, the way in for
 *   entity-expansion ("billion laughs") and external-entity attacks, and a census never needs one.
 * - Element text, comments and attribute values are capped in size, and nesting in depth, so a
 *   hostile or broken file ends in a clear error, never in exhausted memory or a hang.
 * Malformed XML is a `fatal` problem (the file is unreadable); an element that is unknown or in the
 * wrong place, stray text, or a value that is not a date or a code is an `error` problem with its line
 * and element, and reading goes on.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { type FileProblem, ProblemList } from '../common/findings.ts';
import type { CinRow, CinTable, TablesCin } from './rule.ts';
import { DOCUMENT_INFO, type ElementInfo, isIsoDate, PARENTS, STRUCTURE } from './structure.ts';
import { TABLES_CIN, type TableNameCin } from './tables.ts';

export const MAX_TEXT_LENGTH = 100_000;
export const MAX_DEPTH = 32;
const SLICE = 1 << 16;
/**
 * Bytes read from the file at a time, into one buffer reused for every chunk. Small, so that the
 * text decoded from a chunk is an ordinary young object, freed at the next young-generation
 * collection: with 1 MB chunks, each chunk's buffer and text outlived that into the old generation,
 * and tens of MB of spent chunks were held at a time.
 */
const CHUNK_BYTES = 1 << 16;
/** Chunks read between turns given to other work (1 MB). */
const YIELD_EVERY = 16;
/** Distinct values an element may share before it is taken to hold ids (see CinReader.share). */
const MAX_SHARED = 5_000;

export interface ReadCinResult {
  /** The tables; with `onBatch`, the children's rows went to the batches and only the Header is here. */
  readonly tables: TablesCin;
  /** The XML line of each table row's element, by table. */
  readonly lines: Record<TableNameCin, readonly number[]>;
  readonly problems: FileProblem[];
  /** Header/CollectionDetails/ReferenceDate as written, when present. */
  readonly referenceDate: string | null;
  readonly children: number;
}

/** A batch of whole children handed over as they are read (see CinReaderOptions). */
export interface CinReadBatch {
  /** Every table, with the rows of this batch's children (the Header's rows stay with the reader). */
  readonly tables: TablesCin;
  readonly lines: Record<TableNameCin, readonly number[]>;
  /** Position in the whole return of each table's first row in the batch. */
  readonly firstRow: Record<TableNameCin, number>;
  /** With `keepChild`: the position in the whole return of every row kept. */
  readonly positions?: Record<TableNameCin, readonly number[]>;
  readonly children: number;
  /** The Header's ReferenceDate as read so far. */
  readonly referenceDate: string | null;
}

export interface CinReaderOptions {
  /**
   * Hand the children's rows over in batches, rather than keeping them all: each time `batchChildren`
   * children (kept ones, with keepChild) have been read, and once more with the rest at the end
   * (even when that is none, so a census with no children still makes one batch).
   */
  readonly onBatch?: (batch: CinReadBatch) => void;
  readonly batchChildren?: number;
  /** Keep only the children this accepts (by their LAchildID, null when missing); others are skipped. */
  readonly keepChild?: (id: string | null) => boolean;
}

/** Thrown inside the parser's callbacks to stop reading at a fatal problem. */
class StopReading extends Error {}

/** An open element. Frames are reused as the depth goes up and down, not allocated per element. */
interface Frame {
  name: string;
  line: number;
  /** 'c' container, 'f' field, 'skip' an element being skipped with everything inside it. */
  kind: 'c' | 'f' | 'skip';
  /** What the element is; null while skipping. */
  info: ElementInfo | null;
  /** The row this container's fields go into, if any. */
  row: CinRow | null;
  text: string;
  /** Fields already seen in this container (a repeat is reported, the first value kept). */
  readonly seen: string[];
}

const TABLE_NAMES = Object.keys(TABLES_CIN) as TableNameCin[];

const TEMPLATES = Object.fromEntries(
  Object.entries(TABLES_CIN).map(([t, cols]) => [t, Object.fromEntries(cols.map((c) => [c, null]))]),
) as Record<TableNameCin, CinRow>;

function emptyRow(table: TableNameCin): CinRow {
  return { ...TEMPLATES[table] };
}

/**
 * The value as a string of its own. V8 makes a substring of 13 or more characters (a UPN, say) a
 * view into the string it was cut from, so keeping it would keep the whole 1 MB chunk of the file it
 * came from alive: without the copy a 100k-child census held its text in memory a second time.
 */
function ownCopy(v: string): string {
  return v.length < 13 ? v : ` ${v}`.slice(1);
}

const shortText = (v: string): string => (v.length > 24 ? `${v.slice(0, 24)}…` : v);

/**
 * The census reader as a push parser: `write` text as it arrives, then `finish`. Use readCinFile for
 * a file on disk; this is exported for tests and for callers that already hold the text.
 */
export class CinReader {
  private readonly parser = new SaxesParser({ position: true });
  private readonly problems = new ProblemList();
  private readonly rows = {} as Record<TableNameCin, CinRow[]>;
  private readonly lines = {} as Record<TableNameCin, number[]>;
  /** Rows read so far per table, kept or not: the position of the next row in the whole return. */
  private readonly total = {} as Record<TableNameCin, number>;
  /** Position of the current batch's first row, per table. */
  private readonly batchStart = {} as Record<TableNameCin, number>;
  /** With keepChild: the position of every row kept. */
  private readonly positions: Record<TableNameCin, number[]> | null;
  private inBatch = 0;
  private batchesMade = 0;
  /** Batches cut while the parser was running, handed over once it returns (see write). */
  private readonly ready: CinReadBatch[] = [];
  /** What onBatch threw, if it did. */
  private batchError: Error | null = null;
  private readonly frames: Frame[] = [
    { name: '#document', line: 0, kind: 'c', info: DOCUMENT_INFO, row: null, text: '', seen: [] },
  ];
  /** Index of the innermost open element's frame (0 = the document). */
  private depth = 0;
  private fatal: FileProblem | null = null;
  /** Shared values per element (by ElementInfo.index); null once an element is found to hold ids. */
  private readonly shared: (Map<string, string> | null | undefined)[] = [];
  private sinceEvent = 0;
  private started = false;
  private children = 0;
  private header: CinRow | null = null;
  private sources = 0;
  // The current child's rows, given their LAchildID when the child closes. Parallel arrays, reused
  // from child to child, rather than one small object per row.
  private readonly pendingTables: TableNameCin[] = [];
  private readonly pendingRows: CinRow[] = [];
  private readonly pendingLines: number[] = [];
  private identifiers: CinRow | null = null;
  private characteristics: CinRow | null = null;
  private cinId = 0;
  private assessmentId = 0;
  private assessment: CinRow | null = null;
  private cppId = 0;
  private cpp: CinRow | null = null;

  constructor(
    private readonly file: string,
    private readonly options: CinReaderOptions = {},
  ) {
    this.positions = options.keepChild ? ({} as Record<TableNameCin, number[]>) : null;
    for (const t of TABLE_NAMES) {
      this.rows[t] = [];
      this.lines[t] = [];
      this.total[t] = 0;
      this.batchStart[t] = 0;
      if (this.positions) this.positions[t] = [];
    }
    const p = this.parser;
    p.on('doctype', () => {
      this.stop(
        'the file has a DOCTYPE declaration, which a census file never needs and which can carry ' +
          'entity-expansion or external-entity attacks; remove the <!DOCTYPE ...> and try again',
        null,
      );
    });
    p.on('xmldecl', (decl) => {
      const enc = decl.encoding?.toUpperCase();
      if (enc && enc !== 'UTF-8' && enc !== 'UTF8') {
        this.problem('warning', null, `the file declares encoding ${decl.encoding}; it was read as UTF-8`);
      }
    });
    p.on('opentag', (tag) => this.open(tag));
    p.on('closetag', (tag) => this.close(tag));
    p.on('text', (t) => this.text(t));
    p.on('cdata', (t) => this.text(t));
    // No comment or processing-instruction handlers: registering them makes saxes several times
    // slower on every file (measured: 3.3 s against 8.9 s for 133 MB), and a census needs neither.
    // A huge comment is still refused by the size check in write().
  }

  private problem(
    level: FileProblem['level'],
    element: string | null,
    message: string,
    kind?: string,
    line: number = this.parser.line,
  ): void {
    this.problems.add({ level, file: this.file, row: line, column: element, message }, kind);
  }

  private stop(message: string, element: string | null): never {
    this.fatal = { level: 'fatal', file: this.file, row: this.parser.line, column: element, message };
    throw new StopReading(message);
  }

  /**
   * Feed the next piece of the document. Returns false once reading has stopped, at a fatal problem
   * (or at an error thrown by onBatch, which finish() throws).
   */
  write(chunk: string): boolean {
    if (this.fatal) return false;
    let text = chunk;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    // Small slices, so that text the parser is still gathering (an element's text, a comment, an
    // attribute) is measured between events and a huge one is refused before it fills memory.
    for (let i = 0; i < text.length; i += SLICE) {
      const slice = text.slice(i, i + SLICE);
      try {
        this.parser.write(slice);
      } catch (e) {
        this.fail(e);
        return false;
      }
      if (!this.handOver()) return false;
      this.sinceEvent += slice.length;
      if (this.sinceEvent > MAX_TEXT_LENGTH + SLICE) {
        const inside = this.frames[this.depth]?.name ?? 'the document';
        this.fatal = {
          level: 'fatal',
          file: this.file,
          row: this.parser.line,
          column: inside,
          message: `text, a comment or an attribute inside <${inside}> runs past ${MAX_TEXT_LENGTH} characters with no markup; no census value is near that long`,
        };
        return false;
      }
    }
    return true;
  }

  private fail(e: unknown): void {
    if (e instanceof StopReading) return;
    const raw = (e as Error).message ?? String(e);
    // saxes writes "line:column: message"; say it in words.
    const m = /^(\d+):(\d+): (.*)$/s.exec(raw);
    const message = m ? `malformed XML at line ${m[1]}, column ${m[2]}: ${m[3]}` : `malformed XML: ${raw}`;
    this.fatal = {
      level: 'fatal',
      file: this.file,
      row: m ? Number(m[1]) : this.parser.line,
      column: this.frames[this.depth]?.name ?? null,
      message,
    };
  }

  /** The reader has met a problem with the bytes themselves (not UTF-8, say). */
  refuse(message: string): void {
    if (!this.fatal)
      this.fatal = { level: 'fatal', file: this.file, row: this.parser.line, column: null, message };
  }

  private open(tag: { readonly name: string }): void {
    this.sinceEvent = 0;
    const name = tag.name;
    const parent = this.frames[this.depth] as Frame;
    const line = this.parser.line;
    if (this.depth >= MAX_DEPTH)
      this.stop(`elements are nested more than ${MAX_DEPTH} deep at <${name}>`, name);
    if (parent.kind === 'skip') {
      this.push(name, line, 'skip');
      return;
    }
    if (parent.kind === 'f') {
      this.problem(
        'error',
        name,
        `<${parent.name}> at line ${parent.line} holds an element <${name}>; it should hold only text`,
        'element in a field',
      );
      this.push(name, line, 'skip');
      return;
    }
    if (parent.name === '#document' && name !== 'Message') {
      this.stop(`the root element is <${name}>; a CIN census file has <Message> as its root`, name);
    }
    const info = parent.info?.children.get(name);
    if (!info) {
      const homes = PARENTS.get(name);
      const message = homes
        ? `<${name}> at line ${line} is inside <${parent.name}>; it belongs inside <${homes.join('> or <')}>`
        : `unknown element <${name}> at line ${line} inside <${parent.name}>; expected ${Object.keys(
            STRUCTURE[parent.name] ?? {},
          )
            .map((c) => `<${c}>`)
            .join(', ')}`;
      this.problem('error', name, `${message}; it was not read`, homes ? 'wrong nesting' : 'unknown element');
      this.push(name, line, 'skip');
      return;
    }
    // From here on the name is the structure's own string: the tag name saxes gives is a new string
    // each time, and using it as a property key (in field()) meant looking it up in V8's string table.
    const known = info.name;
    if (info.kind === 'f') {
      if (!info.repeating && parent.seen.includes(known)) {
        this.problem(
          'error',
          name,
          `<${name}> at line ${line} repeats an element already given in this <${parent.name}>; the first is used`,
          'repeated element',
        );
        this.push(name, line, 'skip');
        return;
      }
      parent.seen.push(known);
      this.push(known, line, 'f', null, info);
      return;
    }
    this.push(known, line, 'c', this.openContainer(known, line), info);
  }

  private push(
    name: string,
    line: number,
    kind: Frame['kind'],
    row: CinRow | null = null,
    info: ElementInfo | null = null,
  ): void {
    const d = ++this.depth;
    const f = this.frames[d];
    if (!f) {
      this.frames[d] = { name, line, kind, info, row, text: '', seen: [] };
      return;
    }
    f.name = name;
    f.line = line;
    f.kind = kind;
    f.info = info;
    f.row = row;
    f.text = '';
    f.seen.length = 0;
  }

  private add(table: TableNameCin, row: CinRow, line: number): CinRow {
    this.pendingTables.push(table);
    this.pendingRows.push(row);
    this.pendingLines.push(line);
    return row;
  }

  private clearPending(): void {
    this.pendingTables.length = 0;
    this.pendingRows.length = 0;
    this.pendingLines.length = 0;
  }

  /** Start the row a container's fields fill, and number it as the DfE tool does. */
  private openContainer(name: string, line: number): CinRow | null {
    switch (name) {
      case 'Header':
        if (!this.header) {
          this.header = emptyRow('Header');
          this.rows.Header.push(this.header);
          this.lines.Header.push(line);
        }
        return null;
      case 'CollectionDetails':
        return this.header;
      case 'Source':
        this.sources++;
        if (this.sources > 1) {
          this.problem('warning', name, `a second <Source> at line ${line}; the first one's values are used`);
          return null;
        }
        return this.header;
      case 'Child':
        this.children++;
        this.clearPending();
        this.identifiers = null;
        this.characteristics = null;
        this.cinId = 0;
        return null;
      case 'ChildIdentifiers':
        if (this.identifiers) {
          this.problem(
            'error',
            name,
            `a second <ChildIdentifiers> in one <Child> at line ${line}; the first is used`,
          );
          return null;
        }
        this.identifiers = this.add('ChildIdentifiers', emptyRow('ChildIdentifiers'), line);
        return this.identifiers;
      case 'ChildCharacteristics':
        if (this.characteristics) {
          this.problem(
            'error',
            name,
            `a second <ChildCharacteristics> in one <Child> at line ${line}; the first is used`,
          );
          return null;
        }
        this.characteristics = this.add('ChildCharacteristics', emptyRow('ChildCharacteristics'), line);
        return this.characteristics;
      case 'CINdetails': {
        this.cinId++;
        this.assessmentId = 0;
        this.cppId = 0;
        const row = emptyRow('CINdetails');
        row.CINdetailsID = String(this.cinId);
        return this.add('CINdetails', row, line);
      }
      case 'Assessments': {
        this.assessmentId++;
        const row = emptyRow('Assessments');
        row.CINdetailsID = String(this.cinId);
        row.AssessmentID = String(this.assessmentId);
        this.assessment = this.add('Assessments', row, line);
        return row;
      }
      case 'FactorsIdentifiedAtAssessment':
        if (this.assessment) this.assessment.AssessmentFactors = [];
        return null;
      case 'CINPlanDates': {
        const row = emptyRow('CINplanDates');
        row.CINdetailsID = String(this.cinId);
        return this.add('CINplanDates', row, line);
      }
      case 'Section47': {
        const row = emptyRow('Section47');
        row.CINdetailsID = String(this.cinId);
        return this.add('Section47', row, line);
      }
      case 'ChildProtectionPlans': {
        this.cppId++;
        const row = emptyRow('ChildProtectionPlans');
        row.CINdetailsID = String(this.cinId);
        row.CPPID = String(this.cppId);
        this.cpp = this.add('ChildProtectionPlans', row, line);
        return row;
      }
      default:
        // Children, Disabilities, Reviews, PreProceedingsandFGDM: their fields are handled by name.
        return null;
    }
  }

  private text(t: string): void {
    this.sinceEvent = 0;
    const top = this.frames[this.depth] as Frame;
    if (top.kind === 'f') {
      top.text += t;
      return;
    }
    if (top.kind === 'c' && t.trim() !== '') {
      // The event fires at the next tag; count back over the newlines after the text.
      const after = t.slice(t.trimEnd().length);
      const line = this.parser.line - (after.match(/\n/g)?.length ?? 0);
      const message = `stray text '${shortText(t.trim())}' at line ${line} inside <${top.name}>; only elements belong there`;
      this.problem('error', top.name, message, 'stray text', line);
    }
  }

  private close(tag: { readonly name: string }): void {
    this.sinceEvent = 0;
    // The popped frame stays intact until the next element opens, which is after field() is done.
    const frame = this.frames[this.depth] as Frame;
    this.depth--;
    const parent = this.frames[this.depth] as Frame;
    if (frame.kind === 'f') this.field(frame, parent);
    else if (frame.kind === 'c' && tag.name === 'Child') this.endChild();
    else if (frame.kind === 'c' && tag.name === 'Assessments') this.assessment = null;
    else if (frame.kind === 'c' && tag.name === 'ChildProtectionPlans') this.cpp = null;
  }

  /**
   * One shared string per distinct value of an element: a census repeats the same dates and codes
   * hundreds of thousands of times. Only values that passed `check` are shared, so a value found
   * here needs no checking again (the date and code checks were a good part of reading time).
   * Elements that turn out to hold ids (over MAX_SHARED distinct values) stop sharing, where it
   * would cost more than it saves; their values are checked every time.
   */
  private shareChecked(info: ElementInfo, value: string, line: number): string {
    let m = this.shared[info.index];
    if (m === undefined) {
      m = new Map();
      this.shared[info.index] = m;
    } else if (m === null) {
      this.check(info, value, line);
      return value;
    }
    const hit = m.get(value);
    if (hit !== undefined) return hit;
    if (!this.check(info, value, line)) return value;
    if (m.size >= MAX_SHARED) {
      this.shared[info.index] = null;
      return value;
    }
    m.set(value, value);
    return value;
  }

  private field(frame: Frame, parent: Frame): void {
    const name = frame.name;
    const t = ownCopy(frame.text.trim());
    const value = t === '' ? null : this.shareChecked(frame.info as ElementInfo, t, frame.line);
    switch (name) {
      case 'Disability': {
        const row = emptyRow('Disabilities');
        row.Disability = value;
        this.add('Disabilities', row, frame.line);
        return;
      }
      case 'AssessmentFactors': {
        const a = this.assessment;
        if (!a) return;
        const list = Array.isArray(a.AssessmentFactors) ? (a.AssessmentFactors as string[]) : [];
        if (value !== null) list.push(value);
        a.AssessmentFactors = list;
        const row = emptyRow('AssessmentFactorsList');
        row.CINdetailsID = a.CINdetailsID as string;
        row.AssessmentID = a.AssessmentID as string;
        row.AssessmentFactor = value;
        this.add('AssessmentFactorsList', row, frame.line);
        return;
      }
      case 'CPPreviewDate': {
        const row = emptyRow('Reviews');
        row.CINdetailsID = String(this.cinId);
        row.CPPID = this.cpp ? (this.cpp.CPPID as string) : null;
        row.CPPreviewDate = value;
        this.add('Reviews', row, frame.line);
        return;
      }
      default:
        if (parent.row && name in parent.row) parent.row[name] = value;
    }
  }

  /** Reports a value that is not a date or not a code where one is due; true when it is fine. */
  private check(info: ElementInfo, value: string, line: number): boolean {
    const name = info.name;
    if (info.date) {
      if (!isIsoDate(value)) {
        const message = `<${name}> at line ${line}: '${shortText(value)}' is not a date; dates are YYYY-MM-DD, e.g. 2026-03-31`;
        this.problem('error', name, message, 'not a date', line);
        return false;
      }
      return true;
    }
    const allowed = info.codes;
    if (allowed && !allowed.has(value)) {
      const message = `<${name}> at line ${line}: '${shortText(value)}' is not a valid code; valid codes are ${[...allowed].join(', ')}`;
      this.problem('error', name, message, 'unknown code', line);
      return false;
    }
    return true;
  }

  private endChild(): void {
    const id = this.identifiers ? (this.identifiers.LAchildID as string | null) : null;
    const keep = this.options.keepChild?.(id) ?? true;
    const n = this.pendingRows.length;
    for (let i = 0; i < n; i++) {
      const row = this.pendingRows[i] as CinRow;
      const table = this.pendingTables[i] as TableNameCin;
      if (keep) {
        row.LAchildID = id;
        this.rows[table].push(row);
        this.lines[table].push(this.pendingLines[i] as number);
        this.positions?.[table].push(this.total[table]);
      }
      this.total[table]++;
    }
    this.clearPending();
    this.identifiers = null;
    this.characteristics = null;
    if (!keep) return;
    this.inBatch++;
    if (this.options.onBatch && this.inBatch >= (this.options.batchChildren ?? Number.POSITIVE_INFINITY)) {
      this.cutBatch();
    }
  }

  /** Move the children read since the last batch into a batch of their own. */
  private cutBatch(): void {
    const tables: TablesCin = {};
    const lines = {} as Record<TableNameCin, readonly number[]>;
    const firstRow = {} as Record<TableNameCin, number>;
    const positions = this.positions ? ({} as Record<TableNameCin, readonly number[]>) : undefined;
    for (const t of TABLE_NAMES) {
      const header = t === 'Header';
      tables[t] = { columns: TABLES_CIN[t], rows: header ? [] : this.rows[t] } satisfies CinTable;
      lines[t] = header ? [] : this.lines[t];
      firstRow[t] = this.batchStart[t];
      if (positions && this.positions) positions[t] = header ? [] : this.positions[t];
      if (header) continue;
      this.rows[t] = [];
      this.lines[t] = [];
      if (this.positions) this.positions[t] = [];
      this.batchStart[t] = this.total[t];
    }
    const ref = this.header?.ReferenceDate;
    this.ready.push({
      tables,
      lines,
      firstRow,
      ...(positions ? { positions } : {}),
      children: this.inBatch,
      referenceDate: typeof ref === 'string' ? ref : null,
    });
    this.inBatch = 0;
    this.batchesMade++;
  }

  /**
   * Give the batches cut so far to onBatch, outside the parser, so that an error there is not taken
   * for an XML error: it stops the reading and is thrown by finish(). False once that has happened.
   */
  private handOver(): boolean {
    const onBatch = this.options.onBatch;
    if (!onBatch || this.batchError !== null) return this.batchError === null;
    try {
      for (let b = this.ready.shift(); b; b = this.ready.shift()) onBatch(b);
      return true;
    } catch (e) {
      this.batchError = e instanceof Error ? e : new Error(String(e));
      return false;
    }
  }

  /** End of input: the tables, or the fatal problem that stopped reading. Throws what onBatch threw. */
  finish(): ReadCinResult {
    if (this.batchError) throw this.batchError;
    if (!this.fatal) {
      try {
        this.parser.close();
      } catch (e) {
        this.fail(e);
      }
    }
    if (!this.fatal && this.options.onBatch) {
      if (this.inBatch > 0 || this.batchesMade === 0) this.cutBatch();
      if (!this.handOver()) throw this.batchError;
    }
    const problems = this.problems.list();
    if (this.fatal) problems.push(this.fatal);
    const tables: TablesCin = {};
    for (const t of TABLE_NAMES) {
      tables[t] = { columns: TABLES_CIN[t], rows: this.rows[t] } satisfies CinTable;
    }
    const ref = this.header?.ReferenceDate;
    return {
      tables,
      lines: this.lines,
      problems,
      referenceDate: typeof ref === 'string' ? ref : null,
      children: this.children,
    };
  }
}

/** Read a census from text already in memory (tests, small files). */
export function readCinText(file: string, xml: string): ReadCinResult {
  const reader = new CinReader(file);
  reader.write(xml);
  return reader.finish();
}

export interface ReadCinOptions extends CinReaderOptions {
  /** Called as bytes are read: (bytes read, file size). */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * How many leading bytes of `b` end on a character boundary: a multi-byte UTF-8 character cut off at
 * the end is left for the next chunk. Bytes that are not UTF-8 at all are kept, for isUtf8 to refuse.
 */
function completeLength(b: Buffer): number {
  const n = b.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const c = b[n - k] as number;
    if ((c & 0xc0) === 0x80) continue;
    if (c < 0xc0 || c >= 0xf8) return n;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
    return need > k ? n - k : n;
  }
  return n;
}

/** Stream a census file from disk. */
export async function readCinFile(file: string, options: ReadCinOptions = {}): Promise<ReadCinResult> {
  const reader = new CinReader(file, options);
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    reader.refuse('no such file');
    return reader.finish();
  }
  if (size === 0) {
    reader.refuse('the file is empty (0 bytes); expected a CIN census XML file');
    return reader.finish();
  }
  let fd: number | null = null;
  let done = 0;
  let first = true;
  // Bytes of a character split across two chunks, carried into the next one. Checking with isUtf8
  // and decoding with toString is several times faster than a streaming fatal TextDecoder.
  let carry: Buffer | null = null;
  try {
    fd = openSync(file, 'r');
    // One buffer for every chunk: a chunk is decoded (copied) into a string before the next read.
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let chunks = 1; ; chunks++) {
      // Read synchronously: from the page cache a chunk takes microseconds, where a read through the
      // thread pool is a round trip per chunk (~2,000 at 100k children). Other work (a server's other
      // requests) gets a turn every YIELD_EVERY chunks.
      if (chunks % YIELD_EVERY === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      const bytesRead = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      let chunk = buffer.subarray(0, bytesRead);
      if (first) {
        first = false;
        if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
          reader.refuse('the file is UTF-16 text; save it as UTF-8 and try again');
          break;
        }
        // A UTF-8 byte-order mark is dropped, as TextDecoder does.
        if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
      }
      const bytes: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
      const cut = completeLength(bytes);
      const whole = bytes.subarray(0, cut);
      carry = cut < bytes.length ? Buffer.from(bytes.subarray(cut)) : null;
      if (!isUtf8(whole)) {
        reader.refuse('the file is not UTF-8 text (a byte near this line is not UTF-8); save it as UTF-8');
        break;
      }
      done += bytesRead;
      if (!reader.write(whole.toString('utf8'))) break;
      options.onProgress?.(done, size);
    }
    if (!first && carry) {
      reader.refuse('the file is not UTF-8 text (it ends inside a multi-byte character); save it as UTF-8');
    }
  } catch (e) {
    reader.refuse(`cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  } finally {
    if (fd !== null) closeSync(fd);
  }
  return reader.finish();
}
