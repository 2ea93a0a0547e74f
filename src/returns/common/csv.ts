/**
 * CSV text for the return readers: bytes checked to be UTF-8 text (with a message that says how to
 * fix a file that is not), then records handed over one at a time with their spreadsheet row.
 */
import { parse } from 'csv-parse/sync';
import type { FileProblem, ProblemList } from './findings.ts';

export const fatalProblem = (file: string, message: string, row: number | null = null): FileProblem => ({
  level: 'fatal',
  file,
  row,
  column: null,
  message,
});

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need: number;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Bytes to text, or the reason the bytes are not a UTF-8 CSV. */
export function decodeCsvBytes(file: string, bytes: Uint8Array): { text: string } | { problem: FileProblem } {
  if (bytes.length === 0)
    return { problem: fatalProblem(file, 'the file is empty (0 bytes); expected a 903 CSV file') };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      problem: fatalProblem(
        file,
        "the file is UTF-16 text; save it as 'CSV UTF-8 (Comma delimited)' and try again",
      ),
    };
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return {
      problem: fatalProblem(
        file,
        "the file is a zip or Excel workbook, not CSV; save each sheet as 'CSV UTF-8'",
      ),
    };
  }
  const nul = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0);
  if (nul >= 0) {
    const line = lineAt(bytes, nul);
    return {
      problem: fatalProblem(
        file,
        `the file holds binary data (a NUL byte on line ${line}); expected CSV text`,
        line,
      ),
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const line = lineAt(bytes, firstInvalidUtf8(bytes));
    return {
      problem: fatalProblem(
        file,
        `the file is not UTF-8 text (line ${line} has a byte that is not UTF-8, as Windows-1252 ` +
          "files have); save it as 'CSV UTF-8 (Comma delimited)'",
        line,
      ),
    };
  }
}

/** Whether text can be split on line ends and commas alone: no quote marks, and \n line ends. */
export function isPlainCsv(text: string): boolean {
  return !text.includes('"') && (text.includes('\n') || !text.includes('\r'));
}

/**
 * Calls `visit` with each record's cells and its spreadsheet row (header = 1), one at a time, so a
 * large file is never held as an array of records. Text with no quote character is split directly
 * (the same records csv-parse gives, several times faster, which a 100,000-child return needs);
 * text with quotes goes through csv-parse, whose skipped records are reported rather than lost.
 * `skipLine`, for plain text only, passes over a line without splitting it (the 903 reader's
 * threads each skip the rows of other threads' children).
 */
export function eachRecord(
  file: string,
  text: string,
  problems: ProblemList,
  visit: (cells: readonly string[], row: number) => void,
  skipLine?: (text: string, start: number, end: number) => boolean,
): void {
  // Quote-free text with \n line ends (\r\n included) needs no CSV state machine.
  if (isPlainCsv(text)) {
    let line = 1;
    for (let at = 0; at < text.length; line++) {
      let next = text.indexOf('\n', at);
      if (next < 0) next = text.length;
      const end = next > at && text.charCodeAt(next - 1) === 13 ? next - 1 : next;
      if (end > at && !skipLine?.(text, at, end)) visit(text.slice(at, end).split(','), line);
      at = next + 1;
    }
    return;
  }
  parse(text, {
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    // No max_record_size: after that error csv-parse drops the rest of the file. Cells are capped
    // below (the row is reported), and the file size is capped before reading.
    // Each record is handled here and dropped (null), so csv-parse builds no array of them.
    on_record: (record: string[], context) => {
      visit(record, context.records + context.empty_lines);
      return null;
    },
    on_skip: (err) => {
      const line = typeof err?.lines === 'number' ? err.lines : null;
      const why =
        err?.code === 'CSV_QUOTE_NOT_CLOSED'
          ? 'a quoted cell opened here is never closed, so the rest of the file could not be read'
          : `a row could not be read (${err?.message ?? 'unknown CSV error'}) and was skipped`;
      problems.add({ level: 'error', file, row: line, column: null, message: `line ${line ?? '?'}: ${why}` });
      return undefined;
    },
  });
}

/** Whether a cell holds only white space (checked without making a trimmed copy). */
export function isBlankCell(c: string): boolean {
  for (let i = 0; i < c.length; i++) {
    const ch = c.charCodeAt(i);
    if (ch > 32 && ch !== 0xa0 && ch !== 0xfeff) return false;
  }
  return true;
}
