/**
 * `kith 903 import` and `kith cin import`: a council's past returns loaded into the record, so its clocks
 * and indicators work from day one. Attached to the `903` and `cin` commands that the validators register.
 * The report lists what was imported, what matched the record already, what the record does not model,
 * and every refused row with its reason; `--format json` gives the same as one JSON object.
 */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { londonDateOf } from '../../core/day.ts';
import { KithError } from '../../core/errors.ts';
import { type ImportReport, importExitCode, totalOf } from '../../returns/common/import-report.ts';
import { action } from '../run.ts';
import { usageExitCodes } from '../write-report.ts';
import { parseLaCode } from './ssda903.ts';

const FORMATS = ['text', 'json'] as const;
type ImportFormat = (typeof FORMATS)[number];

interface ImportFlags {
  year?: string;
  la?: string;
  laNumber?: string;
  laName?: string;
  format: ImportFormat;
  batchSize: number;
}

const yearOf = (v: string) => {
  if (!/^20\d\d$/.test(v))
    throw new InvalidArgumentError('give the collection END year, e.g. 2026 for 2025/26');
  return v;
};
const laNumberOf = (v: string) => {
  if (!/^\d{3}$/.test(v.trim()))
    throw new InvalidArgumentError('give the three-digit DfE LA number, e.g. 816');
  return v.trim();
};
const batchOf = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 10_000)
    throw new InvalidArgumentError('give a whole number from 1 to 10000');
  return n;
};

function find(program: Command, name: string): Command {
  const c = program.commands.find((x) => x.name() === name);
  if (!c) throw new Error(`command ${name} is not registered`);
  return c;
}

const byKind = (c: Partial<Record<string, number>>): string =>
  Object.entries(c)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

/** The report as a person reads it at a terminal. */
export function renderImportText(r: ImportReport): string {
  const out: string[] = [];
  const name = r.return === 'ssda903' ? 'SSDA903' : 'CIN census';
  out.push(`${name} ${r.collectionYear} import from ${r.inputs.join(', ')}`);
  if (!r.readable) {
    out.push('Nothing was imported: the input could not be read.');
    for (const p of r.problems.filter((x) => x.level === 'fatal')) {
      out.push(`  ${p.file}${p.row !== null ? `, line ${p.row}` : ''}: ${p.message}`);
    }
    return `${out.join('\n')}\n`;
  }
  if (r.council) {
    out.push(
      `Council: ${r.council.laCode} (LA ${r.council.laNumber})` +
        (r.council.created ? ', set up by this import' : ''),
    );
  }
  const c = r.children;
  out.push(
    `Children: ${c.created} new, ${c.updated} updated, ${c.unchanged} already up to date, ` +
      `${c.heldBack} held back`,
  );
  const f = r.facts;
  const line = (label: string, c: Partial<Record<string, number>>) =>
    `${label}: ${totalOf(c)}${totalOf(c) ? ` (${byKind(c)})` : ''}`;
  out.push(line('Facts added', f.created));
  out.push(line('Facts completed', f.completed));
  out.push(line('Rows already in the record (skipped)', f.duplicates));
  out.push(`Obligations recomputed: ${r.obligations}`);
  if (r.notImported.length) {
    out.push('', 'Not imported (the record does not hold them):');
    for (const n of r.notImported) {
      out.push(
        `  ${n.table}${n.columns.length ? ` ${n.columns.join(', ')}` : ''} (${n.rows} rows): ${n.reason}`,
      );
    }
  }
  const warnings = r.problems.filter((p) => p.level !== 'fatal');
  if (warnings.length) {
    out.push('', `Problems reading the files (${warnings.length}):`);
    for (const p of warnings)
      out.push(`  ${p.level}: ${p.file}${p.column ? `, ${p.column}` : ''}: ${p.message}`);
  }
  out.push('', r.refused.length ? `Refused rows (${r.refused.length}):` : 'Refused rows: none');
  const unit = r.return === 'ssda903' ? 'row' : 'line';
  for (const x of r.refused) {
    const where = `${x.file} (${x.table}) ${unit} ${x.row ?? '?'}`;
    out.push(`  ${where}, child ${x.child ?? '(none)'}${x.field ? `, ${x.field}` : ''}: ${x.reason}`);
  }
  if (r.notes.length) out.push('', ...r.notes.map((n) => `Note: ${n}`));
  return `${out.join('\n')}\n`;
}

async function runImport(flags: ImportFlags, run: () => Promise<ImportReport>): Promise<number> {
  let report: ImportReport;
  try {
    report = await run();
  } catch (e) {
    // Batches already written are whole children; running the import again adds only what is missing.
    // (A KithError is refused input, such as a missing council, found before anything was written.)
    if (!(e instanceof KithError))
      process.stderr.write(
        'kith: the import stopped; children written before the failure stay, and running it again is safe\n',
      );
    throw e;
  }
  process.stdout.write(
    flags.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderImportText(report),
  );
  return importExitCode(report);
}

function addImportOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--la <code>', "the council's ONS code, e.g. E06000014").argParser(parseLaCode))
    .addOption(
      new Option('--la-number <number>', "the council's three-digit DfE LA number, e.g. 816").argParser(
        laNumberOf,
      ),
    )
    .option('--la-name <name>', "the council's name, when the import sets the council up")
    .addOption(new Option('--format <format>', 'report format').choices(FORMATS).default('text'))
    .addOption(
      new Option('--batch-size <n>', 'children written per transaction').argParser(batchOf).default(250),
    );
}

const EXIT_HELP = `
Exit codes: 0 everything imported; 1 some rows refused (listed with file, row, child, field and
reason; the rest was imported); 2 wrong usage or no council set up; 3 the input could not be read
(nothing imported); 4 the database belongs to another council.`;

export function registerReturnImports(program: Command): void {
  const i903 = usageExitCodes(
    addImportOptions(
      find(program, '903')
        .command('import')
        .description("load a council's past 903 CSV files into the record (idempotent)")
        .argument('<folder-or-files...>', "the year's 903 CSV files, or a folder holding them")
        .addOption(
          new Option('--year <year>', "the collection's end year, e.g. 2026 for 2025/26")
            .argParser(yearOf)
            .makeOptionMandatory(),
        ),
    ),
  );
  i903.addHelpText(
    'after',
    `
Children are matched by CHILD, facts by their dates (an episode by DECOM, a review by REVIEW ...):
importing the same files again adds nothing, and a later year's files complete what an earlier year
left open (an episode's end). When the database has no council yet, give --la and --la-number.
Import years oldest first, so each child's care history is complete.
${EXIT_HELP}

Examples:
  kith 903 import ./903-2025 --year 2025 --la E06000014 --la-number 816
  kith 903 import ./903-2026 --year 2026`,
  );
  i903.action(
    action(async (paths: string[], flags: ImportFlags) => {
      // Loaded when the command runs, so the rest of the CLI starts quickly.
      const [{ openStoreFromEnv }, { import903 }] = await Promise.all([
        import('../../store/db.ts'),
        import('../../returns/ssda903/import.ts'),
      ]);
      const store = await openStoreFromEnv();
      try {
        return await runImport(flags, () =>
          import903(store, paths, {
            collectionYear: flags.year as string,
            today: londonDateOf(new Date().toISOString()),
            council: { laCode: flags.la, laNumber: flags.laNumber, name: flags.laName },
            batchSize: flags.batchSize,
          }),
        );
      } finally {
        await store.close();
      }
    }),
  );

  const icin = usageExitCodes(
    addImportOptions(
      find(program, 'cin')
        .command('import')
        .description("load a council's past CIN census XML into the record (idempotent)")
        .argument('<file.xml>', 'the census file')
        .addOption(
          new Option('--year <year>', "the census's end year (default: the file's Header Year)").argParser(
            yearOf,
          ),
        ),
    ),
  );
  icin.addHelpText(
    'after',
    `
Children are matched by LAchildID, CIN episodes by referral date and what hangs from them by their
dates: importing the same file again adds nothing. The LA number comes from the Header's LEA; when
the database has no council yet, give --la as well.
${EXIT_HELP}

Example:
  kith cin import census-2025.xml --la E06000014`,
  );
  icin.action(
    action(async (file: string, flags: ImportFlags) => {
      const [{ openStoreFromEnv }, { importCin }] = await Promise.all([
        import('../../store/db.ts'),
        import('../../returns/cin/import.ts'),
      ]);
      const store = await openStoreFromEnv();
      try {
        return await runImport(flags, () =>
          importCin(store, file, {
            collectionYear: flags.year,
            today: londonDateOf(new Date().toISOString()),
            council: { laCode: flags.la, laNumber: flags.laNumber, name: flags.laName },
            batchSize: flags.batchSize,
          }),
        );
      } finally {
        await store.close();
      }
    }),
  );
}
