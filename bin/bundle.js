/**
 * Builds the bundle `bin/kith.js` runs: the TypeScript sources bundled with esbuild (in under a second)
 * into dist/<fingerprint>/ whenever they differ from the last bundle, so there is no build step to
 * forget and nothing can drift. Entries: `main.js` (the command line), `validate-903-worker.js` (the
 * 903 validator's worker threads) and `returns.js` (the return validators as a library, for the
 * benchmarks). The ONS postcode table is left beside them decompressed.
 *
 * A build is written to a temporary folder and renamed into place, so processes starting together
 * never see half a build; builds other than the current one are removed after a day.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');
const DIST = join(ROOT, 'dist');
/** Builds older than this that are not current are removed (a running process may still be using one). */
const STALE_MS = 24 * 60 * 60 * 1000;

/** A fingerprint of every source file's path, size and modification time. */
function fingerprint() {
  const hash = createHash('sha1');
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.(ts|mjs|json|br)$/.test(e.name) && !e.name.endsWith('.test.ts')) {
        const s = statSync(path);
        hash.update(`${relative(SRC, path)}\0${s.size}\0${s.mtimeMs}\n`);
      }
    }
  };
  walk(SRC);
  for (const f of ['package.json', 'tsconfig.json', 'bin/bundle.js']) {
    const s = statSync(join(ROOT, f));
    hash.update(`${f}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** Every package the project depends on but js-joda (see `build`), with its subpaths. */
function externals() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter(
    (n) => n !== '@js-joda/core',
  );
  return names.flatMap((n) => [n, `${n}/*`]);
}

async function build(target) {
  const esbuild = await import('esbuild');
  mkdirSync(DIST, { recursive: true });
  const tmp = join(DIST, `.tmp-${process.pid}-${Date.now()}`);
  await esbuild.build({
    // The 903 validator's worker thread is an entry of its own, beside the chunks (see parts/workers.ts).
    entryPoints: {
      main: join(SRC, 'cli', 'main.ts'),
      'validate-903-worker': join(SRC, 'returns', 'ssda903', 'parts', 'worker-entry.ts'),
      returns: join(SRC, 'returns', 'api.ts'),
    },
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Packages are loaded from node_modules at run time, except js-joda: its main file is CommonJS
    // (450 KB), which Node scans for exports on every start (~50 ms, in each worker thread too);
    // bundled, its ES module build is compiled lazily with the rest.
    external: externals(),
    logLevel: 'error',
  });
  // The postcode table, decompressed beside the bundle, where the 903 validator looks first
  // (src/returns/ssda903/postcodes.ts): reading it takes milliseconds, decompressing it ~0.1 s.
  writeFileSync(
    join(tmp, 'postcodes.bin'),
    brotliDecompressSync(readFileSync(join(SRC, 'returns', 'ssda903', 'data', 'postcodes.bin.br'))),
  );
  try {
    renameSync(tmp, target);
  } catch (e) {
    // Another process finished the same build first: use theirs.
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(join(target, 'main.js'))) throw e;
  }
  for (const name of readdirSync(DIST)) {
    const path = join(DIST, name);
    if (path === target) continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed by another process meanwhile.
    }
  }
}

/**
 * The folder of the current bundle, built first when the sources changed since the last one; throws
 * when esbuild cannot build it.
 */
export async function currentBundle() {
  const target = join(DIST, fingerprint());
  if (!existsSync(join(target, 'main.js')) || !existsSync(join(target, 'returns.js'))) await build(target);
  return target;
}
