// A child with UPN UN4 (newly looked after) must not have an episode starting on or after 24 March.
import { cell, childOf, childRows, dayCol } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const ascending = (a: number, b: number) => a - b;

function check(ctx: Context903): Flags903 | undefined {
  const { Header: header, Episodes: eps } = ctx.tables;
  if (!header || !eps) return undefined;
  const endYear = new Date(ctx.meta.collectionEnd * 86_400_000).getUTCFullYear();
  const cutoff = Date.UTC(endYear, 2, 24) / 86_400_000;
  const decom = dayCol(ctx, 'Episodes', 'DECOM');
  const headerByChild = childRows(ctx, 'Header');
  const epFlags: number[] = [];
  const headerFlags = new Set<number>();
  for (let i = 0; i < eps.rows.length; i++) {
    const s = decom[i] ?? null;
    const child = childOf(eps.rows[i]);
    if (s === null || s < cutoff || child === null) continue;
    const un4 = (headerByChild.get(child) ?? []).filter((h) => cell(header.rows[h], 'UPN') === 'UN4');
    if (un4.length === 0) continue;
    epFlags.push(i);
    for (const h of un4) headerFlags.add(h);
  }
  return { Episodes: epFlags, Header: [...headerFlags].sort(ascending) };
}

export const versions = [
  defineRule({
    code: '210',
    definedIn: 'lac2022_23',
    message:
      'Children looked after for more than a week at 31 March should not have an unknown Unique Pupil ' +
      'Number (UPN) code of UN4.',
    affectedFields: ['UPN', 'DECOM'],
    tables: ['Header', 'Episodes'],
    validate: check,
  }),
];
