/**
 * `kith conformance <ssda903|cin> <dir>`: replays a folder of conformance cases (recorded from the
 * sector's own validators) against kith's rules, prints each failing case with its difference and
 * ends with `N passed, M failed`.
 */
import { statSync } from 'node:fs';
import { Argument, type Command } from 'commander';
import { NotFoundError } from '../../core/errors.ts';
import { runConformanceCin } from '../../returns/cin/conformance.ts';
import { type ConformanceReport, conformanceFiles, formatReport } from '../../returns/common/conformance.ts';
import { runConformance903 } from '../../returns/ssda903/conformance.ts';
import { action, EXIT } from '../run.ts';
import { usageExitCodes } from '../write-report.ts';

const RUNNERS: Record<string, (dir: string) => ConformanceReport> = {
  ssda903: runConformance903,
  cin: runConformanceCin,
};

/** Run one return's cases in `dir`: the printed report and the exit code (1 when any case failed). */
export function conformanceCommand(returnName: string, dir: string): { output: string; exitCode: number } {
  const run = RUNNERS[returnName];
  if (!run) throw new NotFoundError(`no conformance runner for ${returnName}; use ssda903 or cin`);
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw new NotFoundError(`${dir} is not a folder of conformance cases`);
  if (conformanceFiles(dir).length === 0) {
    throw new NotFoundError(`${dir} holds no conformance case files (<code>.json)`);
  }
  const report = run(dir);
  return { output: formatReport(report), exitCode: report.failed > 0 ? EXIT.findings : EXIT.ok };
}

export function registerConformance(program: Command): Command {
  const cmd = usageExitCodes(
    program
      .command('conformance')
      .description("replay recorded conformance cases against kith's rules; exits 1 if any case fails")
      .addArgument(new Argument('<return>', 'which return').choices(Object.keys(RUNNERS)))
      .argument('<dir>', 'folder of case files, one <code>.json per rule (see the README beside them)'),
  );
  cmd.addHelpText(
    'after',
    `
Prints each failing case with what differed, then a closing line "N passed, M failed".
Exit codes: 0 all passed; 1 some failed; 2 wrong usage; 3 no such folder or no cases in it.

Example:
  kith conformance ssda903 ../shared/reference/ssda903/conformance`,
  );
  cmd.action(
    action((returnName: string, dir: string) => {
      const { output, exitCode } = conformanceCommand(returnName, dir);
      process.stdout.write(`${output}\n`);
      return exitCode;
    }),
  );
  return cmd;
}
