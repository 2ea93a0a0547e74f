/**
 * `kith cin ...`: the CIN census (children in need, XML). This file creates the `cin` command and
 * its `validate` sub-command; other sub-commands (build, import) attach to the command that
 * registerCin returns.
 */
import { statSync } from 'node:fs';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { COLLECTION_YEARS_CIN } from '../../returns/cin/years.ts';
import { terminalProgress } from '../../returns/common/progress.ts';
import type { ReportFormat } from '../../returns/common/report.ts';
import { action } from '../run.ts';
import { addOutputOptions, usageExitCodes, writeReport } from '../write-report.ts';

interface ValidateCinFlags {
  year: string;
  schema: boolean;
  format: ReportFormat;
  out?: string;
}

const LARGE_INPUT_BYTES = 20 * 1024 * 1024;

/** --year: a census end year with a CIN ruleset (a wrong one is a usage error). */
export function parseYearCin(year: string): string {
  if (!COLLECTION_YEARS_CIN.includes(year)) {
    throw new InvalidArgumentError(
      `no CIN census ruleset for ${year}; give the census's end year, one of ${COLLECTION_YEARS_CIN.join(', ')} (2025 = 2024/25)`,
    );
  }
  return year;
}

export function registerCin(program: Command): Command {
  const cmd = usageExitCodes(
    program.command('cin').description('CIN census (children in need, XML): validate a census file'),
  );
  const validate = usageExitCodes(
    cmd
      .command('validate')
      .description('check a census XML file against the DfE schema and validation rules for its year')
      .argument('<file.xml>', 'the census file')
      .addOption(
        new Option('--year <year>', "the census's end year, e.g. 2025 for 2024/25")
          .argParser(parseYearCin)
          .makeOptionMandatory(),
      )
      .option('--no-schema', 'skip the XSD check (it needs xmllint, Debian package libxml2-utils)'),
  );
  addOutputOptions(validate);
  validate.addHelpText(
    'after',
    `
The file is streamed, so large censuses need little memory. It is checked against the newest DfE
schema kith has for the year (with xmllint; reported as not run when xmllint is missing), and the
schema problems are listed apart from the rule findings. Files with a DOCTYPE are refused.

Exit codes: 0 no errors (queries may remain); 1 errors found (rule errors, file or schema
problems); 2 wrong usage; 3 the file could not be read at all (then no rules are run).

Example:
  kith cin validate census-2025.xml --year 2025 --format html --out census-2025.html`,
  );
  validate.action(
    action(async (file: string, flags: ValidateCinFlags) => {
      let size = 0;
      try {
        size = statSync(file).size;
      } catch {
        // The reader reports a missing file.
      }
      const reading = terminalProgress('Reading census', size >= LARGE_INPUT_BYTES);
      const checking = terminalProgress('Checking rules', size >= LARGE_INPUT_BYTES);
      try {
        const { validateCinReturn } = await import('../../returns/cin/validate.ts');
        const report = await validateCinReturn(file, {
          year: flags.year,
          schema: flags.schema,
          onReadProgress: (done, total) => reading.update(done, total),
          onProgress: (done, total) => {
            reading.stop();
            checking.update(done, total);
          },
        });
        checking.stop();
        return await writeReport(report, flags);
      } finally {
        reading.stop();
        checking.stop();
      }
    }),
  );
  return cmd;
}
