// A child with UPN UN4 (newly looked after) must not have an episode starting on or after 24 March.
import { column, rowCount, trimmedChildKeys } from '../lib/frame.ts';
import { childRows, dayCol } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const ascending = (a: number, b: number) => a - b;

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Header || !ctx.tables.Episodes) return undefined;
  const endYear = new Date(ctx.meta.collectionEnd * 86_400_000).getUTCFullYear();
  const cutoff = Date.UTC(endYear, 2, 24) / 86_400_000;
  const decom = dayCol(ctx, 'Episodes', 'DECOM');
  const child = trimmedChildKeys(ctx, 'Episodes');
  const upn = column(ctx, 'Header', 'UPN');
  const headerByChild = childRows(ctx, 'Header');
  const n = rowCount(ctx, 'Episodes');
  const epFlags: number[] = [];
  const headerFlags = new Set<number>();
  for (let i = 0; i < n; i++) {
    const s = decom[i] ?? null;
    const c = child[i] ?? null;
    if (s === null || s < cutoff || c === null) continue;
    const un4 = (headerByChild.get(c) ?? []).filter((h) => upn[h] === 'UN4');
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
