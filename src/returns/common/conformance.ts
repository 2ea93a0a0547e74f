/**
 * Runs a folder of conformance cases (recorded from the sector's own validators, see
 * ../shared/reference/<return>/conformance/README.md) against kith's rules. Shared by the SSDA903 and
 * CIN runners: each supplies how to check one case; this walks the files, collects the failures with
 * their difference, and ends with the plain closing line `N passed, M failed`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ConformanceVersion<C> {
  readonly defined_in: string;
  readonly active_in_collection_years: readonly string[];
  readonly message: string;
  readonly cases: readonly C[];
}

export interface ConformanceFile<C> {
  readonly code: string;
  readonly versions: readonly ConformanceVersion<C>[];
}

export interface CaseResult {
  readonly id: string;
  readonly ok: boolean;
  /** What differed, for a person to read; empty when ok. */
  readonly diff: string;
}

export interface ConformanceReport {
  readonly passed: number;
  readonly failed: number;
  readonly failures: readonly CaseResult[];
  /** Cases where kith knowingly follows the DfE specification rather than a recorded reference defect. */
  readonly deviations: readonly (CaseResult & { readonly reason: string })[];
}

/**
 * Recorded cases that capture a defect of the reference tool rather than the DfE rule: case id ->
 * why kith differs. Each is reported by name on every run (never silently passed), and is not
 * counted as a failure. Keep this list short and every entry justified.
 */
export type KnownDeviations = ReadonlyMap<string, string>;

export type CaseChecker<C> = (
  code: string,
  version: ConformanceVersion<C>,
  c: C & { id: string },
) => CaseResult;

export function conformanceFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((f) => join(dir, f));
}

export function runConformance<C extends { id: string }>(
  dir: string,
  check: CaseChecker<C>,
  includeCode: (code: string) => boolean = () => true,
  deviationsKnown: KnownDeviations = new Map(),
): ConformanceReport {
  let passed = 0;
  const failures: CaseResult[] = [];
  const deviations: (CaseResult & { reason: string })[] = [];
  for (const file of conformanceFiles(dir)) {
    let parsed: ConformanceFile<C>;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8')) as ConformanceFile<C>;
    } catch (e) {
      failures.push({ id: file, ok: false, diff: `cannot read case file: ${(e as Error).message}` });
      continue;
    }
    if (!includeCode(parsed.code)) continue;
    for (const version of parsed.versions) {
      for (const c of version.cases) {
        let result: CaseResult;
        try {
          result = check(parsed.code, version, c);
        } catch (e) {
          result = { id: c.id, ok: false, diff: `rule threw: ${(e as Error).stack ?? String(e)}` };
        }
        const reason = deviationsKnown.get(c.id);
        if (result.ok) passed++;
        else if (reason) deviations.push({ ...result, reason });
        else failures.push(result);
      }
    }
  }
  return { passed, failed: failures.length, failures, deviations };
}

export function formatReport(report: ConformanceReport): string {
  const lines: string[] = [];
  for (const f of report.failures) lines.push(`FAIL ${f.id}\n  ${f.diff.split('\n').join('\n  ')}`);
  for (const d of report.deviations) {
    lines.push(
      `DEVIATION ${d.id} (kith follows the DfE rule; the recording holds a reference defect)\n  ${d.reason}\n  ${d.diff}`,
    );
  }
  if (report.deviations.length)
    lines.push(`${report.deviations.length} known deviation(s) from recorded reference defects`);
  lines.push(`${report.passed} passed, ${report.failed} failed`);
  return lines.join('\n');
}

/** Compare two sets of labels; returns '' when equal, else a readable difference. */
export function diffLabels(label: string, expected: readonly string[], actual: readonly string[]): string {
  const e = new Set(expected);
  const a = new Set(actual);
  const missing = [...e].filter((x) => !a.has(x));
  const extra = [...a].filter((x) => !e.has(x));
  if (missing.length === 0 && extra.length === 0) return '';
  const parts: string[] = [];
  if (missing.length) parts.push(`not flagged but expected: ${missing.join(', ')}`);
  if (extra.length) parts.push(`flagged but not expected: ${extra.join(', ')}`);
  return `${label}: ${parts.join('; ')}`;
}
