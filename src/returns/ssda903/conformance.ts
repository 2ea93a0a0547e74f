/** Replays the SSDA903 conformance cases against kith's rule versions. */

import {
  type CaseResult,
  type ConformanceReport,
  type ConformanceVersion,
  diffLabels,
  type KnownDeviations,
  runConformance,
} from '../common/conformance.ts';
import { dmy } from '../common/dates.ts';
import type { Row, Table } from '../common/table.ts';
import { metaFor } from './meta.ts';
import { findRuleVersion } from './registry.ts';
import type { Context903, Meta903, Tables903 } from './rule.ts';
import type { TableName903 } from './tables.ts';

interface CaseTable {
  columns: string[];
  rows: Row[];
  index?: (string | number)[];
}

export interface Case903 {
  id: string;
  inputs: Record<string, CaseTable>;
  metadata: {
    collection_start?: string;
    collection_end?: string;
    collectionYear?: string;
    localAuthority?: string;
    provider_info?: Record<string, CaseTable>;
    file_format?: 'csv' | 'xml';
  };
  expected: Record<string, (string | number)[]>;
  skipped?: boolean;
}

function caseMeta(m: Case903['metadata'], definedIn: string): Meta903 {
  // A case supplies only the metadata its rule reads; fill the rest as the tool derives it.
  const endYear = m.collectionYear ?? `20${definedIn.slice(-2)}`;
  const base = metaFor(endYear, m.localAuthority ?? null);
  const start = m.collection_start ? dmy(m.collection_start) : null;
  const end = m.collection_end ? dmy(m.collection_end) : null;
  const providerTable = m.provider_info ? Object.values(m.provider_info)[0] : undefined;
  return {
    ...base,
    collectionStart: start ?? (end !== null ? end - 364 - (isLeapSpan(end) ? 1 : 0) : base.collectionStart),
    collectionEnd: end ?? base.collectionEnd,
    providerInfo: providerTable ? { columns: providerTable.columns, rows: providerTable.rows } : null,
    fileFormat: m.file_format ?? 'csv',
  };
}

/** Whether the year ending on `end` (a 31 March) contains 29 February. */
function isLeapSpan(end: number): boolean {
  const y = new Date(end * 86_400_000).getUTCFullYear();
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** A case's tables and metadata as a rule sees them, and each table's row labels (the tool's index). */
export function caseInputs903(
  c: Case903,
  definedIn: string,
): { tables: Tables903; meta: Meta903; labels: Partial<Record<string, string[]>> } {
  const tables: Tables903 = {};
  const labels: Partial<Record<string, string[]>> = {};
  for (const [name, t] of Object.entries(c.inputs)) {
    tables[name as TableName903] = { columns: t.columns, rows: t.rows } satisfies Table;
    labels[name] = (t.index ?? t.rows.map((_, i) => i)).map(String);
  }
  return { tables, meta: caseMeta(c.metadata, definedIn), labels };
}

export function check903(code: string, version: ConformanceVersion<Case903>, c: Case903): CaseResult {
  const rule = findRuleVersion(code, version.defined_in);
  if (!rule) return { id: c.id, ok: false, diff: `no rule ${code} defined in ${version.defined_in}` };
  const { tables, meta, labels } = caseInputs903(c, version.defined_in);
  const ctx: Context903 = { tables, meta, memo: new Map() };
  const result = rule.validate(ctx);
  if (c.skipped) {
    return result === undefined
      ? { id: c.id, ok: true, diff: '' }
      : { id: c.id, ok: false, diff: 'expected the rule to report its tables as not supplied, but it ran' };
  }
  if (result === undefined) return { id: c.id, ok: false, diff: 'rule reported its tables as not supplied' };
  const diffs: string[] = [];
  const names = new Set([...Object.keys(c.expected), ...Object.keys(result)]);
  for (const name of names) {
    const expected = (c.expected[name] ?? []).map(String);
    const got = (result[name as TableName903] ?? []).map((pos) => labels[name]?.[pos] ?? `#${pos}`);
    const d = diffLabels(name, expected, got);
    if (d) diffs.push(d);
  }
  return { id: c.id, ok: diffs.length === 0, diff: diffs.join('\n') };
}

/** See KnownDeviations: each entry names the reference defect and why kith reports differently. */
export const KNOWN_DEVIATIONS_903: KnownDeviations = new Map([
  [
    '706/lac2026_27/1',
    "The reference reports a row of LAST year's DoLO table as a row of this year's (same position, other " +
      'table). kith flags it in DoLo_last, so the finding points at the row that is wrong.',
  ],
  [
    'SW01STG1/lac2023_24/1',
    'The reference reports Episodes row positions as SWEpisodes rows: its expected SWEpisodes row 6 belongs ' +
      'to a child with no social worker rows at all. kith flags the open episodes in Episodes (and any ' +
      "incomplete social worker rows of those children), so each finding names the child's actual row.",
  ],
]);

export function runConformance903(dir: string, includeCode?: (code: string) => boolean): ConformanceReport {
  return runConformance<Case903>(dir, check903, includeCode, KNOWN_DEVIATIONS_903);
}
