// ETHNIC must match last year's ETHNIC for the same child, ignoring case (blank matches only blank).
import { column, flagWhere, rowCount, trimmedChildKeys } from '../lib/frame.ts';
import { childRows } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const upper = (v: string | null | undefined) => (v === null || v === undefined ? null : v.toUpperCase());

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Header || !ctx.tables.Header_last) return undefined;
  const lastByChild = childRows(ctx, 'Header_last');
  const child = trimmedChildKeys(ctx, 'Header');
  const ethnic = column(ctx, 'Header', 'ETHNIC');
  const ethnicLast = column(ctx, 'Header_last', 'ETHNIC');
  return {
    Header: flagWhere(rowCount(ctx, 'Header'), (i) => {
      const c = child[i] ?? null;
      if (c === null) return false;
      const e = upper(ethnic[i]);
      return lastByChild.get(c)?.some((j) => upper(ethnicLast[j]) !== e) ?? false;
    }),
  };
}

export const versions = [
  defineRule({
    code: '204',
    definedIn: 'lac2022_23',
    message: 'Ethnic origin code disagrees with the ethnic origin already recorded for this child.',
    affectedFields: ['ETHNIC'],
    tables: ['Header', 'Header_last'],
    validate: check,
  }),
];
