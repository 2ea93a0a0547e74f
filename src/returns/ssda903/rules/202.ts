// SEX must match last year's SEX for the same child (blank matches only blank).
import { cell, childOf, childRows, flagRows } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  const { Header: header, Header_last: last } = ctx.tables;
  if (!header || !last) return undefined;
  const lastByChild = childRows(ctx, 'Header_last');
  return {
    Header: flagRows(header, (r) => {
      const child = childOf(r);
      if (child === null) return false;
      const sex = cell(r, 'SEX');
      return lastByChild.get(child)?.some((j) => cell(last.rows[j], 'SEX') !== sex) ?? false;
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
