/** Writes SSDA903 tables as the DfE's CSV files (one per table, DfE column names, DD/MM/YYYY dates). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Tables903 } from './rule.ts';
import { BASE_TABLES_903, type BaseTable903, TABLES_903 } from './tables.ts';

/** The file each table is written to (the reader identifies tables by their columns, not by name). */
export const FILE_NAMES_903: Record<BaseTable903, string> = {
  Header: 'header.csv',
  Episodes: 'episodes.csv',
  Reviews: 'reviews.csv',
  UASC: 'uasc.csv',
  OC2: 'oc2.csv',
  OC3: 'oc3.csv',
  AD1: 'ad1.csv',
  PlacedAdoption: 'placed_for_adoption.csv',
  PrevPerm: 'prev_perm.csv',
  Missing: 'missing.csv',
  SWEpisodes: 'social_worker_episodes.csv',
  DoLo: 'deprivation_of_liberty.csv',
};

export function write903Csv(tables: Tables903, folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  for (const name of BASE_TABLES_903) {
    const t = tables[name];
    if (!t) continue;
    const columns = [...TABLES_903[name]];
    const text = stringify(
      t.rows.map((r) => columns.map((c) => r[c] ?? '')),
      { header: true, columns, record_delimiter: 'windows' },
    );
    const file = join(folder, FILE_NAMES_903[name]);
    writeFileSync(file, text);
    written.push(file);
  }
  return written;
}
