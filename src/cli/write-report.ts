/**
 * What the `903 validate` and `cin validate` commands share: the --format/--out options, writing the
 * rendered report, and the exit code a report earns.
 */

import { once } from 'node:events';
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { debugLine } from '../core/debug.ts';
import { hasErrors, type ValidationReport } from '../returns/common/findings.ts';
import {
  csvChunks,
  jsonChunks,
  REPORT_FORMATS,
  type ReportFormat,
  renderReport,
} from '../returns/common/report.ts';
import { EXIT } from './run.ts';

export interface OutputOptions {
  readonly format: ReportFormat;
  readonly out?: string;
}

export function addOutputOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option('--format <format>', 'report format: text (grouped by rule), json, csv, xlsx or html')
        .choices(REPORT_FORMATS)
        .default('text'),
    )
    .option('--out <file>', 'write the report to this file instead of standard output');
}

/**
 * Usage errors exit with 2, not commander's 1, which kith keeps for "the return has errors".
 * Help and version still exit 0.
 */
export function usageExitCodes(cmd: Command): Command {
  return cmd.exitOverride((err) => {
    process.exit(err.exitCode === 0 ? EXIT.ok : EXIT.usage);
  });
}

/** Write a report given in pieces to a file or standard output, never holding it whole. */
async function writePieces(pieces: Iterable<string>, out: string | undefined): Promise<void> {
  if (out) {
    const fd = openSync(out, 'w');
    try {
      for (const p of pieces) writeSync(fd, p);
    } finally {
      closeSync(fd);
    }
    return;
  }
  for (const p of pieces) {
    if (!process.stdout.write(p)) await once(process.stdout, 'drain');
  }
}

/** Write the report where it was asked for, then give the exit code: 3 unreadable, 1 errors, 0 clean. */
export async function writeReport(report: ValidationReport, options: OutputOptions): Promise<number> {
  const pieces =
    options.format === 'json' ? jsonChunks(report) : options.format === 'csv' ? csvChunks(report) : null;
  if (pieces) await writePieces(pieces, options.out);
  else {
    const body = await renderReport(report, options.format);
    if (options.out) writeFileSync(options.out, body);
    else if (typeof body !== 'string' && process.stdout.isTTY) {
      process.stderr.write('kith: an xlsx report is binary; give --out <file> to save it\n');
      return EXIT.usage;
    } else process.stdout.write(body);
  }
  if (options.out) process.stderr.write(`kith: report written to ${options.out}\n`);
  debugLine('report written');
  if (report.summary.fileProblems.fatal > 0) return EXIT.input;
  return hasErrors(report) ? EXIT.findings : EXIT.ok;
}
