import type { Command } from 'commander';
import { action } from '../run.ts';

export function registerDb(program: Command): void {
  const db = program.command('db').description('Database: migrations and status');
  db.command('migrate')
    .description('Apply any SQL migrations not yet applied (also done at every start)')
    .action(
      action(async () => {
        const [{ openStore }, { migrate }] = await Promise.all([
          import('../../store/db.ts'),
          import('../../store/migrate.ts'),
        ]);
        const store = await openStore({
          databaseUrl: process.env.DATABASE_URL,
          dataDir: process.env.KITH_DATA_DIR ?? './data',
          migrate: false,
        });
        try {
          const applied = await migrate(store.db);
          process.stdout.write(applied.length ? `Applied ${applied.join(', ')}\n` : 'Already up to date\n');
        } finally {
          await store.close();
        }
        return 0;
      }),
    );
}
