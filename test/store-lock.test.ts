import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/core/errors.ts';
import { lockDataDirectory } from '../src/store/lock.ts';

describe('data directory lock', () => {
  it('refuses a second holder while the first is alive, with a clear message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kith-lock-'));
    const first = lockDataDirectory(dir);
    // A lock held by another live process (our parent, which certainly exists).
    first.release();
    writeFileSync(join(dir, 'kith.lock'), String(process.ppid));
    expect(() => lockDataDirectory(dir)).toThrow(ConfigurationError);
    expect(() => lockDataDirectory(dir)).toThrow(/in use by another kith process/);
  });

  it('takes over a stale lock left by a process that has gone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kith-lock-'));
    writeFileSync(join(dir, 'kith.lock'), '999999999');
    const lock = lockDataDirectory(dir);
    lock.release();
  });
});

describe('embedded database', () => {
  it('cannot be opened twice at once', async () => {
    const { openStore } = await import('../src/store/db.ts');
    const dir = mkdtempSync(join(tmpdir(), 'kith-db-'));
    const first = await openStore({ dataDir: dir });
    await expect(openStore({ dataDir: dir })).rejects.toThrow(/in use by another kith process/);
    await first.close();
    const again = await openStore({ dataDir: dir });
    await again.close();
  });
});
