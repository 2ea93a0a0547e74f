// SEX must match last year's SEX for the same child (blank matches only blank).
import { column, flagWhere, rowCount, trimmedChildKeys } from '../lib/frame.ts';
import { childRows } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Header || !ctx.tables.Header_last) return undefined;
  const lastByChild = childRows(ctx, 'Header_last');
  const child = trimmedChildKeys(ctx, 'Header');
  const sex = column(ctx, 'Header', 'SEX');
  const sexLast = column(ctx, 'Header_last', 'SEX');
  return {
    Header: flagWhere(rowCount(ctx, 'Header'), (i) => {
      const c = child[i] ?? null;
      if (c === null) return false;
      const s = sex[i] ?? null;
      return lastByChild.get(c)?.some((j) => (sexLast[j] ?? null) !== s) ?? false;
    }),
  };
}

export const versions = [
  defineRule({
    code: '202',
    definedIn: 'lac2022_23',
    message: 'The gender code conflicts with the gender already recorded for this child.',
    affectedFields: ['SEX'],
    tables: ['Header', 'Header_last'],
    validate: check,
  }),
];
