import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ColumnTable } from '../common/table.ts';
import { read903 } from './read.ts';
import { decodeResult903, encodeResult903, read903Parallel, readFilesInWorker } from './read-parallel.ts';
import { TABLES_903 } from './tables.ts';

const FIXTURE = new URL('../../../test/fixtures/903/', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'kith-read-parallel-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Tables as plain data, to compare two reads cell by cell. */
function cellsOf(r: Awaited<ReturnType<typeof read903Parallel>>) {
  return Object.fromEntries(
    Object.entries(r.tables).map(([name, t]) => [
      name,
      t instanceof ColumnTable ? t.columns.map((c) => [c, t.cells(c)]) : t?.rows,
    ]),
  );
}

describe('read903Parallel', () => {
  it('reads a return on two threads exactly as read903 reads it on one', async () => {
    const options = { collectionYear: '2026', previous: [`${FIXTURE}previous`] };
    const serial = read903([`${FIXTURE}current`], options);
    const parallel = await read903Parallel([`${FIXTURE}current`], { ...options, parallelFromBytes: 0 });
    expect(cellsOf(parallel)).toEqual(cellsOf(serial));
    expect(parallel.sources).toEqual(serial.sources);
    expect(parallel.problems).toEqual(serial.problems);
    // CHILD ids read on either thread are one shared string per child.
    const header = parallel.tables.Header as ColumnTable;
    const episodes = parallel.tables.Episodes as ColumnTable;
    expect(Object.keys(parallel.tables).length).toBeGreaterThan(4);
    expect(header.cells('CHILD')).toBeDefined();
    expect(episodes.size).toBeGreaterThan(0);
  });

  it('keeps problems, refused files and their order when files are bad', async () => {
    const dir = join(tmp, 'bad');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'a-header.csv'),
      `${TABLES_903.Header.join(',')}\n1,M,01/01/2015,WBRI,,,\n2,X,32/01/2015,WBRI,,,\n`,
    );
    writeFileSync(
      join(dir, 'b-header-again.csv'),
      `${TABLES_903.Header.join(',')}\n3,F,01/01/2016,WBRI,,,\n`,
    );
    writeFileSync(join(dir, 'c-junk.csv'), 'not,a,903,table\n1,2,3,4\n');
    writeFileSync(join(dir, 'd-empty.csv'), '');
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    const serial = read903([dir], { collectionYear: '2026' });
    const parallel = await read903Parallel([dir], { collectionYear: '2026', parallelFromBytes: 0 });
    expect(serial.problems.length).toBeGreaterThan(4);
    expect(parallel.problems).toEqual(serial.problems);
    expect(cellsOf(parallel)).toEqual(cellsOf(serial));
  });

  it('really reads on a worker thread from the sources (tsx registered in the worker)', async () => {
    const pending = readFilesInWorker({
      jobs: [{ file: `${FIXTURE}current/episodes.csv`, suffix: '', year: 2026 }],
      options: {},
    });
    expect(pending).not.toBeNull();
    const [episodes] = (await pending) ?? [];
    expect(episodes?.table).toBe('Episodes');
    expect(episodes?.size).toBeGreaterThan(0);
  });

  it('encodes a parsed file for posting and decodes it to the same cells', () => {
    const serial = read903([`${FIXTURE}current`], { collectionYear: '2026' });
    const episodes = serial.tables.Episodes as ColumnTable;
    const decoded = decodeResult903(
      encodeResult903({
        table: 'Episodes',
        data: episodes,
        rows: serial.sources.Episodes?.rows ?? [],
        problems: [],
      }),
      new Map(),
    );
    for (const c of TABLES_903.Episodes) expect(decoded.data?.cells(c)).toEqual(episodes.cells(c));
    expect(decoded.rows).toEqual(serial.sources.Episodes?.rows);
  });
});
