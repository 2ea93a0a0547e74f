// ETHNIC must match last year's ETHNIC for the same child, ignoring case (blank matches only blank).
import { cell, childOf, childRows, flagRows } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const upper = (v: string | null) => (v === null ? null : v.toUpperCase());

function check(ctx: Context903): Flags903 | undefined {
  const { Header: header, Header_last: last } = ctx.tables;
  if (!header || !last) return undefined;
  const lastByChild = childRows(ctx, 'Header_last');
  return {
    Header: flagRows(header, (r) => {
      const child = childOf(r);
      if (child === null) return false;
      const ethnic = upper(cell(r, 'ETHNIC'));
      return lastByChild.get(child)?.some((j) => upper(cell(last.rows[j], 'ETHNIC')) !== ethnic) ?? false;
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
