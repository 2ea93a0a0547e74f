/**
 * Runs a validation of uploaded files with the same validators the CLI uses, one at a time, and
 * turns the report's temporary paths back into the names the person uploaded, so nothing on the
 * page or in a download points at the server's disk.
 */

import { validateCinReturn } from '../../returns/cin/validate.ts';
import type { FileProblem, Finding, SchemaCheck, ValidationReport } from '../../returns/common/findings.ts';
import { validate903Return } from '../../returns/ssda903/validate.ts';
import type { UploadedFile, ValidationJob } from './form.ts';

export interface JobResult {
  readonly report: ValidationReport;
  readonly durationMs: number;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * One validation at a time: a large return takes seconds of CPU and hundreds of megabytes, and the
 * server has two cores to share with everyone else; uploads still arrive in parallel.
 */
function oneAtATime<T>(run: () => Promise<T>): Promise<T> {
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

export function runJob(job: ValidationJob, dir: string): Promise<JobResult> {
  return oneAtATime(async () => {
    const started = performance.now();
    const report =
      job.kind === 'ssda903'
        ? await validate903Return(
            job.files.map((f) => f.path),
            {
              year: job.year,
              localAuthority: job.la,
              previous: job.previous.length > 0 ? job.previous.map((f) => f.path) : undefined,
            },
          )
        : await validateCinReturn(job.file.path, { year: job.year });
    const durationMs = performance.now() - started;
    return { report: withUploadNames(report, jobFiles(job), dir), durationMs };
  });
}

export function jobFiles(job: ValidationJob): readonly UploadedFile[] {
  return job.kind === 'ssda903' ? [...job.files, ...job.previous] : [job.file];
}

/** The report with every temporary path (in file fields and in messages) replaced by the uploaded name. */
export function withUploadNames(
  report: ValidationReport,
  files: readonly UploadedFile[],
  dir: string,
): ValidationReport {
  const byPath = new Map(files.map((f) => [f.path, f.name]));
  // Longest paths first, so a path that is a prefix of another never replaces part of it.
  const paths = [...byPath.keys()].sort((a, b) => b.length - a.length);
  const text = (s: string): string => {
    let out = s;
    for (const p of paths) out = out.split(p).join(byPath.get(p) ?? '');
    // Anything else under the folder (none is expected) still must not show the server's disk; and
    // the validators word the year as the CLI's option, which on a web page is the year chosen.
    return out
      .split(dir)
      .join('upload')
      .replace(/--year\b/g, 'the year chosen');
  };
  const file = (f: string | null): string | null => (f === null ? null : (byPath.get(f) ?? text(f)));
  const findings: Finding[] = report.findings.map((f) =>
    f.file === null ? f : { ...f, file: file(f.file) },
  );
  const problems: FileProblem[] = report.problems.map((p) => ({
    ...p,
    file: file(p.file) ?? '',
    message: text(p.message),
  }));
  const schema: SchemaCheck | undefined = report.schema && {
    ...report.schema,
    note: report.schema.note === null ? null : text(report.schema.note),
    problems: report.schema.problems.map((p) => ({ ...p, message: text(p.message) })),
  };
  const summary = {
    ...report.summary,
    internalProblems: report.summary.internalProblems.map((p) => ({ ...p, message: text(p.message) })),
  };
  return { findings, problems, summary, ...(schema ? { schema } : {}) };
}
