import { type Command, InvalidArgumentError, Option } from 'commander';
import { isIsoDate } from '../../core/day.ts';
import { PROFILE_NAMES, type ProfileName } from '../../demo/profiles.ts';
import { action } from '../run.ts';

const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of 1 or more');
  return n;
};

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Generate a synthetic demo council into an empty database (KITH_DATA_DIR or DATABASE_URL)')
    .option('--children <n>', 'number of children on the record', positiveInt, 5000)
    .option(
      '--seed <n>',
      'random seed: the same seed and date give the same council',
      (v) => Number.parseInt(v, 10),
      1,
    )
    .addOption(new Option('--profile <name>', 'practice quality').choices(PROFILE_NAMES).default('good-2019'))
    .option('--as-at <date>', "the demo's today, YYYY-MM-DD (default: today)", (v) => {
      if (!isIsoDate(v)) throw new InvalidArgumentError('must be a date as YYYY-MM-DD');
      return v;
    })
    .addHelpText('after', '\nExample:\n  kith demo --children 20000 --seed 1 --profile inadequate-2017')
    .action(
      action(async (opts: { children: number; seed: number; profile: ProfileName; asAt?: string }) => {
        const [{ generateDemo, todayIso }, { openStoreFromEnv }, { progressBar }] = await Promise.all([
          import('../../demo/generate.ts'),
          import('../../store/db.ts'),
          import('../progress.ts'),
        ]);
        const store = await openStoreFromEnv();
        const bar = progressBar('children');
        const t0 = performance.now();
        try {
          const s = await generateDemo(store.db, {
            children: opts.children,
            seed: opts.seed,
            profile: opts.profile,
            asAt: opts.asAt ?? todayIso(),
            onProgress: (d, t) => bar.update(d, t),
          });
          bar.stop();
          const secs = ((performance.now() - t0) / 1000).toFixed(1);
          process.stdout.write(
            `Demo council (${opts.profile}, seed ${opts.seed}) written to ${store.location} in ${secs} s: ` +
              `${s.children} children, ${s.facts} facts, ${s.teams} teams, ${s.workers} workers, ` +
              `${s.obligations} obligations (${s.overdue} overdue, ${((100 * s.overdue) / Math.max(1, s.obligations)).toFixed(1)}%)\n`,
          );
        } finally {
          bar.stop();
          await store.close();
        }
        return 0;
      }),
    );
}
