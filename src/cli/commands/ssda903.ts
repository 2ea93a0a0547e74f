/**
 * `kith 903 ...`: the SSDA903 (children looked after) return. This file creates the `903` command
 * and its `validate` sub-command; other sub-commands (build, import) attach to the command that
 * register903 returns.
 */
import { statSync } from 'node:fs';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { terminalProgress } from '../../returns/common/progress.ts';
import type { ReportFormat } from '../../returns/common/report.ts';
import { COLLECTION_YEARS_903 } from '../../returns/ssda903/years.ts';
import { action } from '../run.ts';
import { addOutputOptions, usageExitCodes, writeReport } from '../write-report.ts';

interface Validate903Flags {
  year: string;
  la: string;
  previous?: string;
  format: ReportFormat;
  out?: string;
}

/** Inputs larger than this show a progress bar (on a terminal). */
const LARGE_INPUT_BYTES = 5 * 1024 * 1024;

function inputBytes(paths: readonly string[]): number {
  let total = 0;
  for (const p of paths) {
    try {
      const s = statSync(p);
      // A folder's size is not its files'; treat any folder as possibly large.
      total += s.isDirectory() ? LARGE_INPUT_BYTES : s.size;
    } catch {
      // The reader reports missing paths.
    }
  }
  return total;
}

/** --year: a collection end year with an SSDA903 ruleset (a wrong one is a usage error). */
export function parseYear903(year: string): string {
  if (!COLLECTION_YEARS_903.includes(year)) {
    throw new InvalidArgumentError(
      `no SSDA903 ruleset for ${year}; give the collection's end year, one of ${COLLECTION_YEARS_903.join(', ')} (2026 = 2025/26)`,
    );
  }
  return year;
}

/** --la: the council's long-form ONS code. */
export function parseLaCode(la: string): string {
  const code = la.trim().toUpperCase();
  if (!/^[EW]\d{8}$/.test(code)) {
    throw new InvalidArgumentError('give the ONS code of the council, e.g. E06000014 for York');
  }
  return code;
}

/** A whole number from the environment (tuning settings), or undefined when unset or not one. */
function numberFromEnv(name: string): number | undefined {
  const v = process.env[name];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
}

export function register903(program: Command): Command {
  const cmd = usageExitCodes(
    program.command('903').description('SSDA903 return (children looked after): validate the CSV files'),
  );
  const validate = usageExitCodes(
    cmd
      .command('validate')
      .description('check a year of 903 CSV files against the DfE validation rules for that year')
      .argument('<folder-or-files...>', "the year's 903 CSV files, or a folder holding them")
      .addOption(
        new Option('--year <year>', "the collection's end year, e.g. 2026 for 2025/26")
          .argParser(parseYear903)
          .makeOptionMandatory(),
      )
      .addOption(
        new Option('--la <code>', "the council's ONS code, e.g. E06000014 (decides in or out of area)")
          .argParser(parseLaCode)
          .makeOptionMandatory(),
      )
      .option('--previous <folder>', "the previous year's 903 CSV files, for the rules that compare years"),
  );
  addOutputOptions(validate);
  validate.addHelpText(
    'after',
    `
Each file's table is recognised by its columns (any order or case). Problems with the files
themselves (unknown or missing columns, rows with the wrong number of cells, values that are not
dates or codes, files that are not UTF-8 CSV) are listed with the file, row and column.

Exit codes: 0 no errors; 1 errors found (rule findings or file problems); 2 wrong usage;
3 a file could not be read at all (then no rules are run).

Examples:
  kith 903 validate ./903-2026 --year 2026 --la E06000014
  kith 903 validate ./903-2026 --year 2026 --la E06000014 --previous ./903-2025 --format xlsx --out report.xlsx`,
  );
  validate.action(
    action(async (paths: string[], flags: Validate903Flags) => {
      const previous = flags.previous ? [flags.previous] : undefined;
      const progress = terminalProgress(
        'Checking rules',
        inputBytes([...paths, ...(previous ?? [])]) >= LARGE_INPUT_BYTES,
      );
      try {
        const { validate903Return } = await import('../../returns/ssda903/validate.ts');
        const report = await validate903Return(paths, {
          year: flags.year,
          localAuthority: flags.la,
          previous,
          // Tuning (and tests): the size from which a return is validated in parts on several threads,
          // and how many parts (one per core, at most 4, when not given).
          parallelFromBytes: numberFromEnv('KITH_PARALLEL_FROM_BYTES'),
          parts: numberFromEnv('KITH_PARTS') || undefined,
          onProgress: (done, total) => progress.update(done, total),
        });
        progress.stop();
        return await writeReport(report, flags);
      } finally {
        progress.stop();
      }
    }),
  );
  return cmd;
}
