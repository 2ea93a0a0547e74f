/**
 * Streams a CIN census XML file into the tables the rules work on (shared/reference/cin/notes.md):
 * one pass with saxes, linear in the file's size, holding only the current child's rows until the
 * child's element closes. Differences from the DfE tool's reader, on purpose:
 * - Reviews gets one row per CPPreviewDate (the tool keeps only the first date of each Reviews).
 * - A file with a DOCTYPE is refused: a document type can declare entities, the way in for
 *   entity-expansion ("billion laughs") and external-entity attacks, and a census never needs one.
 * - Element text, comments and attribute values are capped in size, and nesting in depth, so a
 *   hostile or broken file ends in a clear error, never in exhausted memory or a hang.
 * Malformed XML is a `fatal` problem (the file is unreadable); an element that is unknown or in the
 * wrong place, stray text, or a value that is not a date or a code is an `error` problem with its line
 * and element, and reading goes on.
 */
import { createReadStream, statSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { type FileProblem, ProblemList } from '../common/findings.ts';
import type { CinRow, CinTable, TablesCin } from './rule.ts';
import {
  CODE_ELEMENTS,
  DATE_ELEMENTS,
  isIsoDate,
  PARENTS,
  REPEATING,
  SHAPES,
  STRUCTURE,
} from './structure.ts';
import { TABLES_CIN, type TableNameCin } from './tables.ts';

export const MAX_TEXT_LENGTH = 100_000;
export const MAX_DEPTH = 32;
const SLICE = 1 << 16;
/** Distinct values an element may share before it is taken to hold ids (see CinReader.share). */
const MAX_SHARED = 5_000;

export interface ReadCinResult {
  readonly tables: TablesCin;
  /** The XML line of each table row's element, by table. */
  readonly lines: Record<TableNameCin, readonly number[]>;
  readonly problems: FileProblem[];
  /** Header/CollectionDetails/ReferenceDate as written, when present. */
  readonly referenceDate: string | null;
  readonly children: number;
}

/** Thrown inside the parser's callbacks to stop reading at a fatal problem. */
class StopReading extends Error {}

/** An open element. Frames are reused as the depth goes up and down, not allocated per element. */
interface Frame {
  name: string;
  line: number;
  /** 'c' container, 'f' field, 'skip' an element being skipped with everything inside it. */
  kind: 'c' | 'f' | 'skip';
  /** The row this container's fields go into, if any. */
  row: CinRow | null;
  text: string;
  /** Fields already seen in this container (a repeat is reported, the first value kept). */
  readonly seen: string[];
}

interface Pending {
  readonly table: TableNameCin;
  readonly row: CinRow;
  readonly line: number;
}

const TEMPLATES = Object.fromEntries(
  Object.entries(TABLES_CIN).map(([t, cols]) => [t, Object.fromEntries(cols.map((c) => [c, null]))]),
) as Record<TableNameCin, CinRow>;

function emptyRow(table: TableNameCin): CinRow {
  return { ...TEMPLATES[table] };
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
  private readonly frames: Frame[] = [
    { name: '#document', line: 0, kind: 'c', row: null, text: '', seen: [] },
  ];
  /** Index of the innermost open element's frame (0 = the document). */
  private depth = 0;
  private fatal: FileProblem | null = null;
  private readonly shared = new Map<string, Map<string, string> | null>();
  private sinceEvent = 0;
  private started = false;
  private children = 0;
  private header: CinRow | null = null;
  private sources = 0;
  // The current child's rows, given their LAchildID when the child closes.
  private pending: Pending[] = [];
  private identifiers: CinRow | null = null;
  private characteristics: CinRow | null = null;
  private cinId = 0;
  private assessmentId = 0;
  private assessment: CinRow | null = null;
  private cppId = 0;
  private cpp: CinRow | null = null;

  constructor(private readonly file: string) {
    for (const t of Object.keys(TABLES_CIN) as TableNameCin[]) {
      this.rows[t] = [];
      this.lines[t] = [];
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

  /** Feed the next piece of the document. Returns false once reading has stopped at a fatal problem. */
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
    const kind = SHAPES.get(parent.name)?.get(name);
    if (!kind) {
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
    if (kind === 'f') {
      if (!REPEATING.has(name) && parent.seen.includes(name)) {
        this.problem(
          'error',
          name,
          `<${name}> at line ${line} repeats an element already given in this <${parent.name}>; the first is used`,
          'repeated element',
        );
        this.push(name, line, 'skip');
        return;
      }
      parent.seen.push(name);
      this.push(name, line, 'f');
      return;
    }
    this.push(name, line, 'c', this.openContainer(name, line));
  }

  private push(name: string, line: number, kind: Frame['kind'], row: CinRow | null = null): void {
    const d = ++this.depth;
    const f = this.frames[d];
    if (!f) {
      this.frames[d] = { name, line, kind, row, text: '', seen: [] };
      return;
    }
    f.name = name;
    f.line = line;
    f.kind = kind;
    f.row = row;
    f.text = '';
    f.seen.length = 0;
  }

  private add(table: TableNameCin, row: CinRow, line: number): CinRow {
    this.pending.push({ table, row, line });
    return row;
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
        this.pending = [];
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
   * hundreds of thousands of times. Elements that turn out to hold ids (over MAX_SHARED distinct
   * values) stop sharing, where it would cost more than it saves.
   */
  private share(name: string, value: string): string {
    let m = this.shared.get(name);
    if (m === undefined) {
      m = new Map();
      this.shared.set(name, m);
    } else if (m === null) return value;
    const hit = m.get(value);
    if (hit !== undefined) return hit;
    if (m.size >= MAX_SHARED) {
      this.shared.set(name, null);
      return value;
    }
    m.set(value, value);
    return value;
  }

  private field(frame: Frame, parent: Frame): void {
    const name = frame.name;
    const t = frame.text.trim();
    const value = t === '' ? null : this.share(name, t);
    if (value !== null) this.check(name, value, frame.line);
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

  private check(name: string, value: string, line: number): void {
    if (DATE_ELEMENTS.has(name)) {
      if (!isIsoDate(value)) {
        const message = `<${name}> at line ${line}: '${shortText(value)}' is not a date; dates are YYYY-MM-DD, e.g. 2026-03-31`;
        this.problem('error', name, message, 'not a date', line);
      }
      return;
    }
    const allowed = CODE_ELEMENTS.get(name);
    if (allowed && !allowed.has(value)) {
      const message = `<${name}> at line ${line}: '${shortText(value)}' is not a valid code; valid codes are ${[...allowed].join(', ')}`;
      this.problem('error', name, message, 'unknown code', line);
    }
  }

  private endChild(): void {
    const id = this.identifiers ? (this.identifiers.LAchildID as string | null) : null;
    for (const p of this.pending) {
      p.row.LAchildID = id;
      this.rows[p.table].push(p.row);
      this.lines[p.table].push(p.line);
    }
    this.pending = [];
    this.identifiers = null;
    this.characteristics = null;
  }

  /** End of input: the tables, or the fatal problem that stopped reading. */
  finish(): ReadCinResult {
    if (!this.fatal) {
      try {
        this.parser.close();
      } catch (e) {
        this.fail(e);
      }
    }
    const problems = this.problems.list();
    if (this.fatal) problems.push(this.fatal);
    const tables: TablesCin = {};
    for (const t of Object.keys(TABLES_CIN) as TableNameCin[]) {
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

export interface ReadCinOptions {
  /** Called as bytes are read: (bytes read, file size). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Stream a census file from disk. */
export async function readCinFile(file: string, options: ReadCinOptions = {}): Promise<ReadCinResult> {
  const reader = new CinReader(file);
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
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  let done = 0;
  let first = true;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (first) {
        first = false;
        if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
          reader.refuse('the file is UTF-16 text; save it as UTF-8 and try again');
          break;
        }
      }
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        reader.refuse('the file is not UTF-8 text (a byte near this line is not UTF-8); save it as UTF-8');
        break;
      }
      done += chunk.length;
      if (!reader.write(text)) break;
      options.onProgress?.(done, size);
    }
    if (!first) {
      try {
        reader.write(decoder.decode());
      } catch {
        reader.refuse('the file is not UTF-8 text (it ends inside a multi-byte character); save it as UTF-8');
      }
    }
  } catch (e) {
    reader.refuse(`cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  } finally {
    stream.destroy();
  }
  return reader.finish();
}
