/**
 * Renders a validation report (findings, file problems, schema check) for people and programs:
 * text for a terminal (grouped by rule, with counts and a few examples), json, csv, xlsx (a summary
 * sheet and a findings sheet) and a standalone html page styled with GOV.UK Frontend.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { FileProblem, Finding, ValidationReport } from './findings.ts';

export const REPORT_FORMATS = ['text', 'json', 'csv', 'xlsx', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const RETURN_NAMES = { ssda903: 'SSDA903', cin: 'CIN census' } as const;

function yearLabel(year: string): string {
  const y = Number(year);
  return Number.isInteger(y) ? `${y - 1}/${String(y).slice(-2)}` : year;
}

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function where(f: Finding): string {
  const parts = [f.row === null ? `${f.table} (whole return)` : `${f.table} row ${f.row}`];
  if (f.child) parts.push(`child ${f.child}`);
  if (f.fields.length) parts.push(f.fields.join(', '));
  return parts.join(', ');
}

function problemLine(p: FileProblem): string {
  const at = [basename(p.file)];
  if (p.row !== null && !p.message.includes(`row ${p.row}`) && !p.message.includes(`line ${p.row}`)) {
    at.push(`${/\.xml$/i.test(p.file) ? 'line' : 'row'} ${p.row}`);
  }
  return `${p.level.padEnd(7)} ${at.join(' ')}: ${p.message}`;
}

/** The headline: what was checked and what was found. */
export function headline(report: ValidationReport): string {
  const s = report.summary;
  const name = `${RETURN_NAMES[s.return]} ${yearLabel(s.collectionYear)}`;
  if (s.fileProblems.fatal > 0) return `${name}: the return could not be read, so no rules were run`;
  const found = [plural(s.errors, 'error'), plural(s.queries, 'query', 'queries')].join(', ');
  return `${name}: ${found} from ${plural(s.byRule.length, 'rule')} (${plural(s.rulesRun.length, 'rule')} run)`;
}

/** Rules not run, grouped by the table that was missing (the json report lists every code). */
function notRunLines(notRun: ValidationReport['summary']['rulesNotRun']): string[] {
  const byTable = new Map<string, number>();
  const other: string[] = [];
  for (const r of notRun) {
    if (r.tables.length === 0) other.push(r.code);
    for (const t of r.tables) byTable.set(t, (byTable.get(t) ?? 0) + 1);
  }
  const lines = [`${plural(notRun.length, 'rule')} not run because data they need was not supplied:`];
  if (byTable.size > 0) {
    const tables = [...byTable].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} (${n})`);
    lines.push(`  tables: ${tables.join(', ')}`);
  }
  if (other.length > 0)
    lines.push(`  other data (e.g. the UASC table or Ofsted's provider lists): ${other.join(', ')}`);
  return lines;
}

/** Text for a terminal: findings grouped by rule with counts and `examples` rows each, then problems. */
export function renderText(report: ValidationReport, examples = 3): string {
  const s = report.summary;
  const out: string[] = [headline(report), ''];
  const byCode = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byCode.get(f.code);
    if (list) list.push(f);
    else byCode.set(f.code, [f]);
  }
  for (const rule of s.byRule) {
    const list = byCode.get(rule.code) ?? [];
    out.push(`${rule.code} (${rule.type}, ${plural(rule.count, 'row')}): ${rule.message}`);
    for (const f of list.slice(0, examples)) out.push(`  ${where(f)}`);
    if (list.length > examples) out.push(`  … and ${(list.length - examples).toLocaleString('en-GB')} more`);
  }
  if (s.byRule.length > 0) out.push('');
  if (report.problems.length > 0) {
    const c = s.fileProblems;
    out.push(`File problems: ${c.fatal} fatal, ${c.error} errors, ${c.warning} warnings`);
    for (const p of report.problems) out.push(`  ${problemLine(p)}`);
    out.push('');
  }
  if (report.schema) {
    const sc = report.schema;
    const label = sc.schema ? `Schema check (${sc.schema})` : 'Schema check';
    out.push(
      `${label}: ${sc.status}${sc.problems.length ? `, ${plural(sc.problems.length, 'problem')}` : ''}`,
    );
    if (sc.note) out.push(`  ${sc.note}`);
    for (const p of sc.problems.slice(0, 50))
      out.push(`  ${p.line === null ? '' : `line ${p.line}: `}${p.message}`);
    if (sc.problems.length > 50) out.push(`  … and ${sc.problems.length - 50} more`);
    out.push('');
  }
  if (s.rulesNotRun.length > 0) out.push(...notRunLines(s.rulesNotRun));
  if (s.missingImplementations.length > 0) {
    out.push(
      `Rules in the DfE ruleset that kith does not implement yet: ${s.missingImplementations.join(', ')}`,
    );
  }
  for (const p of s.internalProblems) out.push(`Internal problem: ${p.message}`);
  return `${out.join('\n').trimEnd()}\n`;
}

/** A finding as JSON, with the keys in the order people read them. */
function findingJson(f: Finding) {
  return {
    code: f.code,
    table: f.table,
    row: f.row,
    child: f.child,
    fields: f.fields,
    type: f.type,
    message: f.message,
    file: f.file,
  };
}

/**
 * `JSON.stringify(findingJson(f))`, made faster for the many findings of one rule: findings of a rule
 * and table share all but their row and child (and, from the validators, the same `fields` array),
 * so the text around those two is made once and kept with the `fields` array it was made for.
 */
function findingJsonText(): (f: Finding) => string {
  type Parts = { readonly f: Finding; readonly before: string; readonly after: string };
  const byFields = new WeakMap<readonly string[], Parts[]>();
  const same = (a: Finding, b: Finding) =>
    a.code === b.code &&
    a.table === b.table &&
    a.type === b.type &&
    a.message === b.message &&
    a.file === b.file;
  return (f) => {
    let list = byFields.get(f.fields);
    if (list === undefined) {
      list = [];
      byFields.set(f.fields, list);
    }
    let parts = list.find((p) => same(p.f, f));
    if (parts === undefined) {
      // The text with two markers in place of row and child, split around them.
      const whole = JSON.stringify({ ...findingJson(f), row: 0, child: '\u0000' });
      const rowAt = whole.indexOf('"row":0,') + '"row":'.length;
      const childAt = whole.indexOf('"child":"\\u0000"');
      parts = {
        f,
        before: whole.slice(0, rowAt),
        after: whole.slice(childAt + '"child":"\\u0000"'.length),
      };
      if (list.length < 8) list.push(parts);
    }
    return `${parts.before}${f.row === null ? 'null' : f.row},"child":${JSON.stringify(f.child)}${parts.after}`;
  };
}

/** Findings per piece of a report written in pieces. */
const CHUNK = 5_000;

/**
 * The JSON report in pieces, which joined are exactly `renderJson`'s text: a 100,000-child return has
 * 200,000+ findings, and writing them a few thousand at a time never holds the whole text (~50 MB).
 */
export function* jsonChunks(report: ValidationReport): Generator<string> {
  yield '{"findings":[';
  const all = report.findings;
  const text = findingJsonText();
  for (let at = 0; at < all.length; at += CHUNK) {
    const end = Math.min(all.length, at + CHUNK);
    let piece = at > 0 ? ',' : '';
    for (let i = at; i < end; i++) piece += (i > at ? ',' : '') + text(all[i] as Finding);
    yield piece;
  }
  yield `],"summary":${JSON.stringify(report.summary)},"problems":${JSON.stringify(report.problems)}`;
  yield report.schema ? `,"schema":${JSON.stringify(report.schema)}}\n` : '}\n';
}

export function renderJson(report: ValidationReport): string {
  return [...jsonChunks(report)].join('');
}

const CSV_COLUMNS = ['kind', 'code', 'type', 'table', 'row', 'child', 'fields', 'message', 'file'];

type CsvRow = (string | number | null)[];

/**
 * The CSV report in pieces (see `jsonChunks`): one row per finding, then one per file problem and
 * schema problem (kind says which).
 */
export function* csvChunks(report: ValidationReport): Generator<string> {
  yield stringify([], { header: true, columns: CSV_COLUMNS });
  const all = report.findings;
  for (let at = 0; at < all.length; at += CHUNK) {
    const rows: CsvRow[] = all
      .slice(at, at + CHUNK)
      .map((f) => [
        'finding',
        f.code,
        f.type,
        f.table,
        f.row,
        f.child,
        f.fields.join(';'),
        f.message,
        f.file,
      ]);
    yield stringify(rows);
  }
  const rest: CsvRow[] = [];
  for (const p of report.problems) {
    rest.push(['file problem', null, p.level, null, p.row, null, p.column, p.message, p.file]);
  }
  for (const p of report.schema?.problems ?? []) {
    rest.push(['schema', null, 'error', null, p.line, null, null, p.message, report.schema?.schema ?? null]);
  }
  if (rest.length > 0) yield stringify(rest);
}

export function renderCsv(report: ValidationReport): string {
  return [...csvChunks(report)].join('');
}

/** A workbook with a Summary sheet, a Findings sheet and, when there are any, the problems. */
export async function renderXlsx(report: ValidationReport): Promise<Buffer> {
  // exceljs is large: loaded only when a workbook is asked for.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'kith';
  const s = report.summary;
  const summary = wb.addWorksheet('Summary');
  summary.columns = [
    { header: 'Rule', key: 'code', width: 12 },
    { header: 'Type', key: 'type', width: 8 },
    { header: 'Rows', key: 'count', width: 8 },
    { header: 'Message', key: 'message', width: 100 },
  ];
  summary.insertRow(1, [headline(report)]);
  summary.insertRow(2, []);
  summary.getRow(1).font = { bold: true, size: 14 };
  summary.getRow(3).font = { bold: true };
  for (const r of s.byRule)
    summary.addRow({ code: r.code, type: r.type, count: r.count, message: r.message });
  summary.addRow([]);
  summary.addRow(['Rules run', s.rulesRun.length]);
  summary.addRow(['Rules not run (table not supplied)', s.rulesNotRun.map((r) => r.code).join(', ')]);
  summary.addRow(['Rules not implemented', s.missingImplementations.join(', ')]);
  summary.addRow([
    'File problems',
    `${s.fileProblems.fatal} fatal, ${s.fileProblems.error} errors, ${s.fileProblems.warning} warnings`,
  ]);
  if (report.schema)
    summary.addRow(['Schema check', `${report.schema.status} ${report.schema.schema ?? ''}`.trim()]);

  const findings = wb.addWorksheet('Findings', { views: [{ state: 'frozen', ySplit: 1 }] });
  findings.columns = [
    { header: 'Rule', key: 'code', width: 10 },
    { header: 'Type', key: 'type', width: 8 },
    { header: 'Table', key: 'table', width: 16 },
    { header: 'Row', key: 'row', width: 8 },
    { header: 'Child', key: 'child', width: 16 },
    { header: 'Fields', key: 'fields', width: 24 },
    { header: 'Message', key: 'message', width: 90 },
    { header: 'File', key: 'file', width: 30 },
  ];
  findings.getRow(1).font = { bold: true };
  for (const f of report.findings) {
    findings.addRow({ ...f, fields: f.fields.join(', '), file: f.file ? basename(f.file) : null });
  }
  findings.autoFilter = { from: 'A1', to: 'H1' };

  if (report.problems.length > 0 || (report.schema?.problems.length ?? 0) > 0) {
    const problems = wb.addWorksheet('File problems', { views: [{ state: 'frozen', ySplit: 1 }] });
    problems.columns = [
      { header: 'Level', key: 'level', width: 10 },
      { header: 'File', key: 'file', width: 30 },
      { header: 'Row or line', key: 'row', width: 12 },
      { header: 'Column or element', key: 'column', width: 20 },
      { header: 'Problem', key: 'message', width: 100 },
    ];
    problems.getRow(1).font = { bold: true };
    for (const p of report.problems) problems.addRow({ ...p, file: basename(p.file) });
    for (const p of report.schema?.problems ?? []) {
      problems.addRow({
        level: 'schema',
        file: report.schema?.schema,
        row: p.line,
        column: null,
        message: p.message,
      });
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const escapeHtml = (v: unknown): string =>
  String(v ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** GOV.UK Frontend's stylesheet without its web fonts (a standalone file cannot load them). */
function govukCss(): string {
  try {
    const path = createRequire(import.meta.url).resolve('govuk-frontend/dist/govuk/govuk-frontend.min.css');
    return readFileSync(path, 'utf8')
      .replace(/@font-face\{[^}]*\}/g, '')
      .replace(/\/\*# sourceMappingURL=[^*]*\*\//g, '');
  } catch {
    return 'body{font-family:arial,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border-bottom:1px solid #b1b4b6;padding:.5em;text-align:left}';
  }
}

/** The most rows an html page lists; the csv and xlsx formats carry every finding. */
export const HTML_MAX_ROWS = 20_000;

function table(headers: readonly string[], rows: readonly (readonly unknown[])[], caption: string): string {
  const head = headers
    .map((h) => `<th scope="col" class="govuk-table__header">${escapeHtml(h)}</th>`)
    .join('');
  const body = rows
    .map(
      (r) =>
        `<tr class="govuk-table__row">${r.map((c) => `<td class="govuk-table__cell">${escapeHtml(c)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return (
    `<table class="govuk-table"><caption class="govuk-table__caption govuk-table__caption--m">${escapeHtml(caption)}</caption>` +
    `<thead class="govuk-table__head"><tr class="govuk-table__row">${head}</tr></thead>` +
    `<tbody class="govuk-table__body">\n${body}\n</tbody></table>`
  );
}

/** A standalone page (styles inlined, no scripts) that can be mailed or attached to a ticket. */
export function renderHtml(report: ValidationReport): string {
  const s = report.summary;
  const title = `${RETURN_NAMES[s.return]} ${yearLabel(s.collectionYear)} validation`;
  const parts: string[] = [`<h1 class="govuk-heading-l">${escapeHtml(title)}</h1>`];
  parts.push(`<p class="govuk-body-l">${escapeHtml(headline(report))}</p>`);
  if (s.byRule.length > 0) {
    parts.push(
      table(
        ['Rule', 'Type', 'Rows', 'Message'],
        s.byRule.map((r) => [r.code, r.type, r.count, r.message]),
        'Findings by rule',
      ),
    );
  }
  if (report.findings.length > 0) {
    const shown = report.findings.slice(0, HTML_MAX_ROWS);
    parts.push(
      table(
        ['Rule', 'Type', 'Table', 'Row', 'Child', 'Fields', 'Message'],
        shown.map((f) => [
          f.code,
          f.type,
          f.table,
          f.row ?? '',
          f.child ?? '',
          f.fields.join(', '),
          f.message,
        ]),
        'Findings',
      ),
    );
    if (report.findings.length > shown.length) {
      parts.push(
        `<p class="govuk-body">The first ${shown.length.toLocaleString('en-GB')} of ${report.findings.length.toLocaleString('en-GB')} findings are listed; the csv and xlsx reports list them all.</p>`,
      );
    }
  }
  if (report.problems.length > 0) {
    parts.push(
      table(
        ['Level', 'File', 'Row or line', 'Column or element', 'Problem'],
        report.problems.map((p) => [p.level, basename(p.file), p.row ?? '', p.column ?? '', p.message]),
        'File problems',
      ),
    );
  }
  if (report.schema) {
    const sc = report.schema;
    parts.push(
      `<h2 class="govuk-heading-m">Schema check</h2><p class="govuk-body">${escapeHtml(`${sc.status}${sc.schema ? ` against ${sc.schema}` : ''}`)}${sc.note ? `. ${escapeHtml(sc.note)}` : ''}</p>`,
    );
    if (sc.problems.length > 0) {
      parts.push(
        table(
          ['Line', 'Problem'],
          sc.problems.map((p) => [p.line ?? '', p.message]),
          'Schema problems',
        ),
      );
    }
  }
  if (s.rulesNotRun.length > 0) {
    parts.push(
      `<p class="govuk-body">Rules not run because a table they need was not supplied: ${escapeHtml(s.rulesNotRun.map((r) => r.code).join(', '))}.</p>`,
    );
  }
  for (const p of s.internalProblems)
    parts.push(`<p class="govuk-body">Internal problem: ${escapeHtml(p.message)}</p>`);
  return `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${govukCss()}</style>
</head>
<body class="govuk-template__body">
<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">
${parts.join('\n')}
</main></div>
</body>
</html>
`;
}

/** Render a report in a format: text formats as a string, xlsx as bytes. */
export async function renderReport(report: ValidationReport, format: ReportFormat): Promise<string | Buffer> {
  switch (format) {
    case 'text':
      return renderText(report);
    case 'json':
      return renderJson(report);
    case 'csv':
      return renderCsv(report);
    case 'xlsx':
      return renderXlsx(report);
    case 'html':
      return renderHtml(report);
  }
}
