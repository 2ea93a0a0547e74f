import type { Command } from 'commander';
import { action } from '../run.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'Serve kith on http://localhost:3000 (PORT); on an empty embedded database, seed a demo council first',
    )
    .option('--no-seed', 'do not seed a demo council into an empty database')
    .action(
      action(async (opts: { seed: boolean }) => {
        // Loaded when the command runs, so `kith --help` and the other commands start quickly.
        const [
          { describeConfig, loadConfig },
          { generateDemo, todayIso },
          { buildApp },
          { openStore },
          { progressBar },
        ] = await Promise.all([
          import('../../core/config.ts'),
          import('../../demo/generate.ts'),
          import('../../server/app.ts'),
          import('../../store/db.ts'),
          import('../progress.ts'),
        ]);
        const config = loadConfig();
        const store = await openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.KITH_DATA_DIR });
        const log = (m: string) => process.stdout.write(`${m}\n`);
        log(`kith: configuration ${JSON.stringify(describeConfig(config))}`);
        const empty = !(await store.db.selectFrom('child').select('id').limit(1).executeTakeFirst());
        if (empty && opts.seed && store.kind === 'pglite' && config.KITH_DEMO_CHILDREN > 0) {
          log(
            `kith: empty database; seeding a ${config.KITH_DEMO_CHILDREN}-child demo council (${config.KITH_DEMO_PROFILE})...`,
          );
          const bar = progressBar('demo council');
          const s = await generateDemo(store.db, {
            children: config.KITH_DEMO_CHILDREN,
            seed: config.KITH_DEMO_SEED,
            profile: config.KITH_DEMO_PROFILE,
            asAt: todayIso(),
            onProgress: (d, t) => bar.update(d, t),
          });
          bar.stop();
          log(
            `kith: demo council ready: ${s.children} children, ${s.obligations} obligations (${s.overdue} overdue)`,
          );
        }
        const app = await buildApp({
          db: store.db,
          dbKind: store.kind,
          today: todayIso,
          production: config.NODE_ENV === 'production',
        });
        const shutdown = async () => {
          await app.close();
          await store.close();
          process.exit(0);
        };
        process.once('SIGINT', shutdown);
        process.once('SIGTERM', shutdown);
        await app.listen({ port: config.PORT, host: config.HOST });
        log(
          `kith: serving ${store.kind === 'pglite' ? `embedded database in ${store.location}` : `PostgreSQL at ${store.location}`} on http://localhost:${config.PORT}`,
        );
        return new Promise<number>(() => {});
      }),
    );
}
