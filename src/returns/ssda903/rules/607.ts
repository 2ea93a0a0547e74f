// A girl who ceased to be looked after in the year (DEC in the year, REC given and not X1, LS not
// V3/V4) must have the MOTHER field completed.

import { column, isIn, rowCount } from '../lib/frame.ts';
import { childOf, dayCol, rowsByChild, rowsOf, V3_V4 } from '../lib/shared-c.ts';
import type { Context903, Flags903 } from '../rule.ts';
import { defineRule } from '../rule.ts';

function motherMissing(ctx: Context903, female: string): Flags903 | undefined {
  if (!ctx.tables.Header || !ctx.tables.Episodes) return undefined;
  const dec = dayCol(ctx, 'Episodes', 'DEC');
  const recs = column(ctx, 'Episodes', 'REC');
  const ls = column(ctx, 'Episodes', 'LS');
  const sex = column(ctx, 'Header', 'SEX');
  const mother = column(ctx, 'Header', 'MOTHER');
  const { collectionStart, collectionEnd } = ctx.meta;
  const childOfEpisode = childOf(ctx, 'Episodes');
  const headerByChild = rowsByChild(ctx, 'Header');
  const episodes: number[] = [];
  const headerRows = new Set<number>();
  const n = rowCount(ctx, 'Episodes');
  for (let i = 0; i < n; i++) {
    const ended = dec[i] ?? null;
    if (ended === null || ended < collectionStart || ended > collectionEnd) continue;
    const rec = recs[i] ?? null;
    if (rec === null || rec === 'X1' || isIn(ls[i], V3_V4)) continue;
    let bad = false;
    for (const h of rowsOf(headerByChild, childOfEpisode[i])) {
      if (sex[h] === female && (mother[h] ?? null) === null) {
        bad = true;
        headerRows.add(h);
      }
    }
    if (bad) episodes.push(i);
  }
  return { Episodes: episodes, Header: [...headerRows].sort((a, b) => a - b) };
}

export const versions = [
  defineRule({
    code: '607',
    definedIn: 'lac2022_23',
    message: 'Child ceased to be looked after in the year, but mother field has not been completed.',
    affectedFields: ['DEC', 'REC', 'MOTHER', 'LS', 'SEX'],
    tables: ['Episodes', 'Header'],
    validate: (ctx) => motherMissing(ctx, '2'),
  }),
  defineRule({
    code: '607',
    definedIn: 'lac2024_25',
    message: 'Child ceased to be looked after in the year, but mother field has not been completed.',
    affectedFields: ['DEC', 'REC', 'MOTHER', 'LS', 'SEX'],
    tables: ['Episodes', 'Header'],
    validate: (ctx) => motherMissing(ctx, 'F'),
  }),
];
