/**
 * Times the return validators end to end (read + derive + rules; and the CIN schema check on its
 * own) at 1k, 10k and 100k children, each run in a fresh process so its peak memory is its own, and
 * prints a markdown table for BENCHMARKS.md. Generates the data into bench/out/ when missing. The
 * in-process rows call the validators from the bundle the `kith` command runs (bench/measure.mjs);
 * the "whole command" rows run `kith ... validate` itself, timed from outside.
 *
 * Usage: npx tsx bench/run-returns.ts [--scales 1000,10000,100000] [--returns 903,cin] [--runs 3]
 * Targets (issues 3 and 4): 903 at 100k children < 2.6 s and < 500 MB; CIN 10k < 1 s, 100k < 10 s,
 * memory flat in file size.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generate903 } from './gen-903.ts';
import { generateCin } from './gen-cin.ts';
import { machineSpeedMs } from './machine-speed.ts';

const OUT = new URL('./out/', import.meta.url).pathname;
const YEAR_903 = '2026';
const YEAR_CIN = '2025';
const LA = 'E06000014';

interface Measure {
  /** Wall time of the validation inside the process, ms. */
  ms: number;
  /** CPU time (user + system) of the same, ms. */
  cpuMs: number;
  /** Peak resident memory of the whole process, MB. */
  rssMb: number;
  findings: number;
  problems: number;
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const f of readdirSync(dir)) total += statSync(join(dir, f)).size;
  return total;
}

const KITH = new URL('../bin/kith.js', import.meta.url).pathname;
const MEASURE = new URL('./measure.mjs', import.meta.url).pathname;
const GNU_TIME = '/usr/bin/time';

/**
 * The whole command as a person runs it (`kith 903 validate ... --format json`): start-up, reading,
 * rules and writing the report, timed from outside; peak memory from GNU time when the machine has it.
 */
function spawnCli(kind: string, input: string): Measure {
  const args =
    kind === '903-cli'
      ? ['903', 'validate', join(input, 'current'), '--year', YEAR_903, '--la', LA]
      : kind === '903-previous-cli'
        ? ['903', 'validate', join(input, 'current'), '--year', YEAR_903, '--la', LA].concat([
            '--previous',
            join(input, 'previous'),
          ])
        : ['cin', 'validate', input, '--year', YEAR_CIN, '--no-schema'];
  const command = [KITH, ...args, '--format', 'json', '--out', '/dev/null'];
  const timed = existsSync(GNU_TIME);
  const t0 = performance.now();
  const r = spawnSync(
    timed ? GNU_TIME : process.execPath,
    timed ? ['-f', '%M', process.execPath, ...command] : command,
    {
      encoding: 'utf8',
    },
  );
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`kith exited with ${r.status}: ${r.stderr}`);
  const kb = timed ? Number(r.stderr.trim().split('\n').pop()) : Number.NaN;
  return { ms, cpuMs: Number.NaN, rssMb: kb / 1024, findings: Number.NaN, problems: 0 };
}

/** An in-process measurement (bench/measure.mjs, on the bundle the command runs) in a fresh process. */
function spawnWorker(kind: string, input: string): Measure {
  if (kind.endsWith('-cli')) return spawnCli(kind, input);
  const out = execFileSync(process.execPath, [MEASURE, kind, input, YEAR_903, YEAR_CIN, LA], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').pop() as string) as Measure;
}

const label = (n: number): string => (n >= 1000 ? `${n / 1000}k` : String(n));
const secs = (ms: number): string => (ms / 1000).toFixed(2);
/** Figures the whole-command runs do not measure are shown as a dash. */
const show = (v: string | number): string => (String(v) === 'NaN' ? '–' : String(v));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scales: { type: 'string', default: '1000,10000,100000' },
      returns: { type: 'string', default: '903,cin' },
      runs: { type: 'string', default: '3' },
    },
    allowPositionals: true,
    strict: false,
  });
  const scales = String(values.scales).split(',').map(Number);
  const returns = String(values.returns).split(',');
  const runs = Number(values.runs);
  mkdirSync(OUT, { recursive: true });
  const rows: string[] = [];
  // How fast the (shared) machine is at the start, and below at the end: a figure to compare runs by.
  const speedBefore = machineSpeedMs();
  for (const n of scales) {
    const jobs: { name: string; kind: string; input: string; bytes: number }[] = [];
    if (returns.includes('903')) {
      const dir = join(OUT, `903-${label(n)}`);
      if (!existsSync(join(dir, 'current')))
        generate903({ children: n, out: dir, year: Number(YEAR_903), seed: 1 });
      jobs.push({ name: 'SSDA903', kind: '903', input: dir, bytes: dirBytes(join(dir, 'current')) });
      jobs.push({
        name: 'SSDA903, whole command',
        kind: '903-cli',
        input: dir,
        bytes: dirBytes(join(dir, 'current')),
      });
      const withPrevious = dirBytes(join(dir, 'current')) + dirBytes(join(dir, 'previous'));
      jobs.push({
        name: 'SSDA903 with previous year',
        kind: '903-previous',
        input: dir,
        bytes: withPrevious,
      });
      jobs.push({
        name: 'SSDA903 with previous year, whole command',
        kind: '903-previous-cli',
        input: dir,
        bytes: withPrevious,
      });
    }
    if (returns.includes('cin')) {
      const file = join(OUT, `cin-${label(n)}.xml`);
      if (!existsSync(file)) await generateCin({ children: n, out: file, year: Number(YEAR_CIN), seed: 1 });
      const bytes = statSync(file).size;
      jobs.push({ name: 'CIN census', kind: 'cin', input: file, bytes });
      jobs.push({ name: 'CIN census, whole command', kind: 'cin-cli', input: file, bytes });
      jobs.push({ name: 'CIN schema check (xmllint)', kind: 'xsd', input: file, bytes });
    }
    for (const job of jobs) {
      // The best of `runs` fresh processes: the machine is shared, so the least disturbed run is
      // the fairest measure of the code.
      const all = Array.from({ length: runs }, () => spawnWorker(job.kind, job.input));
      const best = all.reduce((a, b) => (b.ms < a.ms ? b : a));
      const rss = Math.max(...all.map((m) => m.rssMb));
      rows.push(
        `| ${job.name} | ${label(n)} | ${(job.bytes / 1e6).toFixed(1)} | ${secs(best.ms)} | ${show(secs(best.cpuMs))} | ${show(Math.round(rss))} | ${show(best.findings)} |`,
      );
      process.stderr.write(`${rows[rows.length - 1]}\n`);
    }
  }
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Node ${process.version}, ${cpus().length} × ${cpu}; best of ${runs} runs, each in a fresh process; ` +
      `bench/machine-speed.ts ${speedBefore} ms before and ${machineSpeedMs()} ms after.\n`,
  );
  console.log('| return | children | input (MB) | validate (s) | CPU (s) | peak RSS (MB) | findings |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(r);
}

await main();
