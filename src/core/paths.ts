/**
 * Where kith's own files are. Modules find their data (migrations, schemas, templates, the postcode
 * table) under `src/` by path from the package root, not from `import.meta.url`: the CLI runs either
 * from the TypeScript sources or from the bundle in `dist/` (see bin/kith.js), and `import.meta.url`
 * differs between the two while the package root does not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(from: string): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name;
      if (name === 'kith') return dir;
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`kith's package.json was not found above ${fileURLToPath(from)}`);
    dir = up;
  }
}

/** The folder holding kith's package.json. */
export const PACKAGE_ROOT = findPackageRoot(import.meta.url);

/** A path inside kith's sources, e.g. `sourcePath('store', 'migrations')`. */
export function sourcePath(...segments: string[]): string {
  return join(PACKAGE_ROOT, 'src', ...segments);
}
