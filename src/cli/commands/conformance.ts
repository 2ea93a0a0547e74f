/**
 * `kith conformance <ssda903|cin> <dir>`: replays a folder of conformance cases (recorded from the
 * sector's own validators) against kith's rules, prints each failing case with its difference and
 * ends with `N passed, M failed`.
 */
import { statSync } from 'node:fs';
import { Argument, type Command } from 'commander';
import { NotFoundError } from '../../core/errors.ts';
import { type ConformanceReport, conformanceFiles, formatReport } from '../../returns/common/conformance.ts';
import { action, EXIT } from '../run.ts';
import { usageExitCodes } from '../write-report.ts';

// Loaded on demand: the rule registries are only needed when cases are replayed, not for every `kith` run.
const RUNNERS: Record<string, () => Promise<(dir: string) => ConformanceReport>> = {
  ssda903: async () => (await import('../../returns/ssda903/conformance.ts')).runConformance903,
  cin: async () => (await import('../../returns/cin/conformance.ts')).runConformanceCin,
};

/** Run one return's cases in `dir`: the printed report and the exit code (1 when any case failed). */
export async function conformanceCommand(
  returnName: string,
  dir: string,
): Promise<{ output: string; exitCode: number }> {
  const load = RUNNERS[returnName];
  if (!load) throw new NotFoundError(`no conformance runner for ${returnName}; use ssda903 or cin`);
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
  const report = (await load())(dir);
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
    action(async (returnName: string, dir: string) => {
      const { output, exitCode } = await conformanceCommand(returnName, dir);
      process.stdout.write(`${output}\n`);
      return exitCode;
    }),
  );
  return cmd;
}
