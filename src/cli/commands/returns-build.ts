/**
 * `kith 903 build` and `kith cin build`: the statutory returns as views of the record, written in the
 * DfE's formats. Attached to the `903` and `cin` commands that the validators register.
 */
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { type Command, InvalidArgumentError } from 'commander';
import { ConfigurationError } from '../../core/errors.ts';
import type { ChildRecord } from '../../record/facts.ts';
import type { Store } from '../../store/db.ts';
import { action } from '../run.ts';

const year = (v: string) => {
  if (!/^20\d\d$/.test(v)) throw new InvalidArgumentError('must be a collection end year such as 2026');
  return v;
};

async function everyRecord(store: Store): Promise<ChildRecord[]> {
  const { allRecords } = await import('../../store/child-record.ts');
  const out: ChildRecord[] = [];
  for await (const batch of allRecords(store.db)) out.push(...batch);
  return out;
}

async function council(store: Store) {
  const c = await store.db.selectFrom('council').selectAll().executeTakeFirst();
  if (!c)
    throw new ConfigurationError(
      'The database has no council set up: run `kith demo` or import a return first',
    );
  return c;
}

function find(program: Command, name: string): Command {
  const c = program.commands.find((x) => x.name() === name);
  if (!c) throw new Error(`command ${name} is not registered`);
  return c;
}

export function registerReturnBuilds(program: Command): void {
  find(program, '903')
    .command('build')
    .description('Write the SSDA903 return for a collection year from the record, as the DfE CSV files')
    .requiredOption('--year <year>', 'collection END year, e.g. 2026 for 2025/26', year)
    .requiredOption('--out <folder>', 'folder to write the CSV files into')
    .action(
      action(async (o: { year: string; out: string }) => {
        // Loaded when the command runs, so the rest of the CLI starts quickly.
        const [{ openStoreFromEnv }, { build903 }, { write903Csv }] = await Promise.all([
          import('../../store/db.ts'),
          import('../../returns/ssda903/build.ts'),
          import('../../returns/ssda903/write-csv.ts'),
        ]);
        const store = await openStoreFromEnv();
        try {
          await council(store);
          const tables = build903(await everyRecord(store), { collectionYear: o.year });
          const files = write903Csv(tables, o.out);
          for (const f of files) process.stdout.write(`${f}\n`);
          process.stdout.write(
            `SSDA903 ${o.year}: ${tables.Header?.rows.length ?? 0} children, ${tables.Episodes?.rows.length ?? 0} episodes\n`,
          );
        } finally {
          await store.close();
        }
        return 0;
      }),
    );

  find(program, 'cin')
    .command('build')
    .description('Write the CIN census for a collection year from the record, as the DfE XML')
    .requiredOption('--year <year>', 'collection END year, e.g. 2025 for the census to 31 March 2025', year)
    .requiredOption('--out <file>', 'the XML file to write')
    .action(
      action(async (o: { year: string; out: string }) => {
        const [{ openStoreFromEnv }, { buildCin }, { writeCinXml }] = await Promise.all([
          import('../../store/db.ts'),
          import('../../returns/cin/build.ts'),
          import('../../returns/cin/write-xml.ts'),
        ]);
        const store = await openStoreFromEnv();
        try {
          const c = await council(store);
          const built = buildCin(await everyRecord(store), { collectionYear: o.year, laNumber: c.la_number });
          const out = createWriteStream(o.out);
          await writeCinXml(built.tables, out, { collectionYear: o.year });
          out.end();
          await finished(out);
          process.stdout.write(
            `CIN census ${o.year}: ${built.tables.ChildIdentifiers?.rows.length ?? 0} children written to ${o.out}\n`,
          );
        } finally {
          await store.close();
        }
        return 0;
      }),
    );
}
