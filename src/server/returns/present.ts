/**
 * What the results page shows of a validation report: the summary, counts by rule (for the chart and
 * its table), the first findings of each rule, and the file problems, shaped for GOV.UK macros.
 * Findings carry child ids only; no names are ever read from a return, so none can be shown.
 */
import type { Finding, RuleNotRun, ValidationReport } from '../../returns/common/findings.ts';
import { headline } from '../../returns/common/report.ts';
import { RETURN_NAMES, type ReturnKind, yearLabel } from './form.ts';

/** What is kept of a validation between requests: the findings and facts about the files, never the files. */
export interface StoredReport {
  /** The browser that uploaded the files (a random cookie value); only it may see the report. */
  readonly owner: string;
  readonly kind: ReturnKind;
  readonly year: string;
  readonly la: string | null;
  readonly files: readonly { readonly name: string; readonly bytes: number; readonly previous: boolean }[];
  readonly report: ValidationReport;
  readonly durationMs: number;
  /** ISO instant the check finished. */
  readonly checkedAt: string;
}

/** Rows of each rule listed on the page; the downloads carry every finding. */
export const EXAMPLES_PER_RULE = 10;
/** File problems listed on the page; the downloads carry them all. */
export const PROBLEMS_SHOWN = 100;

export const DOWNLOAD_FORMATS = ['csv', 'xlsx', 'json', 'html'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

const DOWNLOAD_TEXT: Record<DownloadFormat, string> = {
  csv: 'CSV (one row per finding, for a spreadsheet)',
  xlsx: 'Excel workbook (a summary sheet and every finding)',
  json: 'JSON (for other programs)',
  html: 'web page (to keep or attach to a ticket)',
};

type Cell = { text: string; format?: 'numeric' };

const count = new Intl.NumberFormat('en-GB');
const n = (v: number): string => count.format(v);
const plural = (v: number, one: string, many = `${one}s`) => `${n(v)} ${v === 1 ? one : many}`;

/** '1.2 seconds', '850 milliseconds', '2 minutes 5 seconds'. */
export function duration(ms: number): string {
  if (ms < 1_000) return plural(Math.max(1, Math.round(ms)), 'millisecond');
  const seconds = ms / 1_000;
  if (seconds < 60) return `${seconds.toFixed(1)} seconds`;
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds - m * 60);
  return `${plural(m, 'minute')} ${plural(s, 'second')}`;
}

/** '2:05pm on 23 November 2025', in the time people in England read clocks by. */
export function londonTime(iso: string): string {
  const d = new Date(iso);
  const time = d
    .toLocaleTimeString('en-GB', {
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: 'h12',
      timeZone: 'Europe/London',
    })
    .replace(/\s/g, '')
    .toLowerCase();
  const day = d.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  });
  return `${time} on ${day}`;
}

function where(f: Finding): Cell[] {
  return [
    { text: f.table },
    { text: f.row === null ? 'whole return' : n(f.row), format: 'numeric' },
    { text: f.child ?? '' },
    { text: f.fields.join(', ') },
  ];
}

export function presentReport(id: string, stored: StoredReport, keptMinutes: number) {
  const { report } = stored;
  const s = report.summary;
  const fatal = s.fileProblems.fatal > 0;
  const title = `${RETURN_NAMES[stored.kind]} ${yearLabel(stored.year)}`;

  const current = stored.files.filter((f) => !f.previous);
  const previous = stored.files.filter((f) => f.previous);
  const fileList = (files: typeof current) => files.map((f) => `${f.name} (${bytes(f.bytes)})`);
  const summaryRows: { key: { text: string }; value: { text?: string; html?: string } }[] = [];
  const row = (key: string, text: string) => summaryRows.push({ key: { text: key }, value: { text } });
  const listRow = (key: string, items: readonly string[]) =>
    summaryRows.push({ key: { text: key }, value: { html: htmlList(items) } });
  row('Return', RETURN_NAMES[stored.kind]);
  row(
    'Collection year',
    `${yearLabel(stored.year)} (1 April ${Number(stored.year) - 1} to 31 March ${stored.year})`,
  );
  if (stored.la) row('Council code', stored.la);
  listRow(current.length === 1 ? 'File checked' : 'Files checked', fileList(current));
  if (previous.length > 0) listRow("Last year's files", fileList(previous));
  row('Errors', n(s.errors));
  if (stored.kind === 'cin') row('Queries', n(s.queries));
  row('Rules run', fatal ? 'None: the files could not be read' : n(s.rulesRun.length));
  if (s.rulesNotRun.length > 0) {
    row('Rules not run', `${n(s.rulesNotRun.length)}, because the data they need was not in the files`);
  }
  if (s.missingImplementations.length > 0) {
    row('Rules kith cannot check yet', s.missingImplementations.join(', '));
  }
  const fp = s.fileProblems;
  row(
    'File problems',
    fp.fatal + fp.error + fp.warning === 0
      ? 'None'
      : [
          fp.fatal ? plural(fp.fatal, 'file that could not be read', 'files that could not be read') : '',
          fp.error ? plural(fp.error, 'row or value with a problem', 'rows or values with problems') : '',
          fp.warning ? plural(fp.warning, 'warning') : '',
        ]
          .filter(Boolean)
          .join(', '),
  );
  if (report.schema) row('Schema check', schemaText(report.schema.status, report.schema.schema));
  row('Time taken', duration(stored.durationMs));
  row('Checked at', londonTime(stored.checkedAt));

  // The chart and its table list rules the same way: most findings first, then by code.
  const byRule = [...s.byRule].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  const max = Math.max(1, ...byRule.map((r) => r.count));
  const chart = byRule.map((r) => ({
    code: r.code,
    count: r.count,
    width: Math.round((r.count / max) * 300),
  }));
  const ruleRows = byRule.map((r) => [
    { text: r.code },
    { text: r.type === 'query' ? `Query: ${r.message}` : r.message },
    { text: n(r.count), format: 'numeric' },
  ]);

  const firstByCode = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = firstByCode.get(f.code);
    if (!list) firstByCode.set(f.code, [f]);
    else if (list.length < EXAMPLES_PER_RULE) list.push(f);
  }
  const examples = s.byRule.map((r) => {
    const shown = firstByCode.get(r.code) ?? [];
    const more = r.count - shown.length;
    return {
      code: r.code,
      caption: `${r.code}${r.type === 'query' ? ' (query)' : ''}: ${r.message}`,
      note:
        more > 0
          ? `The first ${n(shown.length)} of ${n(r.count)} rows; the downloads list them all.`
          : plural(r.count, 'row'),
      rows: shown.map(where),
    };
  });

  const problems = report.problems
    .slice(0, PROBLEMS_SHOWN)
    .map((p) => [
      { text: p.level },
      { text: p.file },
      { text: p.row === null ? '' : n(p.row), format: 'numeric' },
      { text: p.column ?? '' },
      { text: p.message },
    ]);
  const schemaProblems = (report.schema?.problems ?? [])
    .slice(0, PROBLEMS_SHOWN)
    .map((p) => [{ text: p.line === null ? '' : n(p.line), format: 'numeric' }, { text: p.message }]);

  return {
    title,
    headline: headline(report),
    clean: !fatal && s.errors + s.queries === 0,
    summaryRows,
    chart,
    chartHeight: chart.length * 30 + 8,
    ruleRows,
    examples,
    problems,
    problemsMore: Math.max(0, report.problems.length - PROBLEMS_SHOWN),
    schema: report.schema ?? null,
    schemaProblems,
    schemaMore: Math.max(0, (report.schema?.problems.length ?? 0) - PROBLEMS_SHOWN),
    rulesNotRun: groupNotRun(s.rulesNotRun),
    rulesNotRunCount: s.rulesNotRun.length,
    internalProblems: s.internalProblems.map((p) => p.message),
    downloads: DOWNLOAD_FORMATS.map((f) => ({ href: `/returns/report/${id}.${f}`, text: DOWNLOAD_TEXT[f] })),
    keptMinutes,
  };
}

/** Rules not run, grouped by the data they need, biggest group first, as rows for a table. */
function groupNotRun(notRun: readonly RuleNotRun[]): Cell[][] {
  const groups = new Map<string, string[]>();
  for (const r of notRun) {
    const key = r.tables.length > 0 ? r.tables.join(', ') : '';
    const list = groups.get(key);
    if (list) list.push(r.code);
    else groups.set(key, [r.code]);
  }
  return [...groups]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([tables, codes]) => [
      {
        text:
          tables === ''
            ? 'Data from outside the return, such as the UASC table or Ofsted provider lists'
            : tables,
      },
      { text: n(codes.length), format: 'numeric' },
      { text: codes.join(', ') },
    ]);
}

function schemaText(status: 'valid' | 'invalid' | 'not-run', schema: string | null): string {
  const against = schema ? ` against ${schema}` : '';
  if (status === 'valid') return `Valid${against}`;
  if (status === 'invalid') return `Not valid${against}`;
  return 'Not run';
}

export function bytes(b: number): string {
  if (b < 1024) return plural(b, 'byte');
  if (b < 1024 * 1024) return `${(b / 1024).toFixed(1)} KB`;
  return `${(b / 1024 / 1024).toFixed(1)} MB`;
}

const escapeHtml = (v: string): string => v.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A GOV.UK list for a summary-list value; escaped here because the macro takes it as html. */
function htmlList(items: readonly string[]): string {
  if (items.length === 1) return escapeHtml(items[0] ?? '');
  return `<ul class="govuk-list">${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
}
