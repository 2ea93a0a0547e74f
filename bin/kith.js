#!/usr/bin/env node
/**
 * The `kith` command. It runs a bundle of the TypeScript sources, which it builds itself (with
 * esbuild, in under a second) whenever the sources differ from the last bundle: there is no build step
 * to forget and nothing can drift. A bundle, not the sources through tsx, because it starts in a
 * fraction of the time and memory and runs the return validators faster (one module, no per-module
 * source maps). KITH_FROM_SOURCE=1 runs the sources through tsx instead (stack traces name .ts lines).
 *
 * Builds are kept by a fingerprint of the sources (dist/<fingerprint>/); a build is written to a
 * temporary folder and renamed into place, so processes starting together never see half a build.
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
import { fileURLToPath, pathToFileURL } from 'node:url';
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
  for (const f of ['package.json', 'tsconfig.json', 'bin/kith.js']) {
    const s = statSync(join(ROOT, f));
    hash.update(`${f}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

async function bundle(target) {
  const { build } = await import('esbuild');
  mkdirSync(DIST, { recursive: true });
  const tmp = join(DIST, `.tmp-${process.pid}-${Date.now()}`);
  await build({
    // The 903 validator's worker thread is an entry of its own, beside the chunks (see validate-parts.ts).
    entryPoints: {
      main: join(SRC, 'cli', 'main.ts'),
      'validate-903-worker': join(SRC, 'returns', 'ssda903', 'validate-worker.ts'),
    },
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
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

async function fromSource() {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}

if (process.env.KITH_FROM_SOURCE === '1') {
  await fromSource();
} else {
  const target = join(DIST, fingerprint());
  const main = join(target, 'main.js');
  let ready = existsSync(main);
  if (!ready) {
    try {
      await bundle(target);
      ready = true;
    } catch (e) {
      process.stderr.write(`kith: could not bundle the sources (${e.message}); running them through tsx\n`);
    }
  }
  if (ready) await import(pathToFileURL(main).href);
  else await fromSource();
}
