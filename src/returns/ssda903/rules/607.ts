// A girl who ceased to be looked after in the year (DEC in the year, REC given and not X1, LS not
// V3/V4) must have the MOTHER field completed.

import { cell, childOf, dayCol, oneOf, present, rowsByChild, rowsOf, V3_V4 } from '../lib/shared-c.ts';
import type { Context903, Flags903 } from '../rule.ts';
import { defineRule } from '../rule.ts';

function motherMissing(ctx: Context903, female: string): Flags903 | undefined {
  const { Header: header, Episodes: eps } = ctx.tables;
  if (!header || !eps) return undefined;
  const dec = dayCol(ctx, 'Episodes', 'DEC');
  const { collectionStart, collectionEnd } = ctx.meta;
  const childOfEpisode = childOf(ctx, 'Episodes');
  const headerByChild = rowsByChild(ctx, 'Header');
  const episodes: number[] = [];
  const headerRows = new Set<number>();
  eps.rows.forEach((row, i) => {
    const ended = dec[i] ?? null;
    if (ended === null || ended < collectionStart || ended > collectionEnd) return;
    const rec = cell(row, 'REC');
    if (rec === null || rec === 'X1' || oneOf(row, 'LS', V3_V4)) return;
    let bad = false;
    for (const h of rowsOf(headerByChild, childOfEpisode[i])) {
      const girl = header.rows[h];
      if (cell(girl, 'SEX') === female && !present(girl, 'MOTHER')) {
        bad = true;
        headerRows.add(h);
      }
    }
    if (bad) episodes.push(i);
  });
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
