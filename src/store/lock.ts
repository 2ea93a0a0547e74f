/**
 * PGlite has one connection and nothing stops a second process opening the same directory, which
 * corrupts it silently. A lock file holding the owner's pid makes the second process fail clearly;
 * a lock left by a process that no longer exists is taken over.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../core/errors.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface DirectoryLock {
  release(): void;
}

export function lockDataDirectory(dir: string): DirectoryLock {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'kith.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(path, 'utf8') === String(process.pid)) unlinkSync(path);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return { release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && (owner === process.pid || alive(owner))) {
        throw new ConfigurationError(
          `The data directory ${dir} is in use by another kith process (pid ${owner}${owner === process.pid ? ', this one' : ''}). ` +
            'Stop that process, or set KITH_DATA_DIR to another folder.',
        );
      }
      if (existsSync(path)) unlinkSync(path); // stale lock from a process that has gone
    }
  }
  throw new ConfigurationError(`Could not lock the data directory ${dir}`);
}
