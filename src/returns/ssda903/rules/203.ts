// DOB must match last year's DOB for the same child (compared as dates; two unreadable dates match).
import { childOf, childRows, dayCol, flagRows } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  const { Header: header, Header_last: last } = ctx.tables;
  if (!header || !last) return undefined;
  const lastByChild = childRows(ctx, 'Header_last');
  const dob = dayCol(ctx, 'Header', 'DOB');
  const dobLast = dayCol(ctx, 'Header_last', 'DOB');
  return {
    Header: flagRows(header, (r, i) => {
      const child = childOf(r);
      if (child === null) return false;
      const d = dob[i] ?? null;
      return lastByChild.get(child)?.some((j) => (dobLast[j] ?? null) !== d) ?? false;
    }),
  };
}

export const versions = [
  defineRule({
    code: '203',
    definedIn: 'lac2022_23',
    message: 'Date of birth disagrees with the date of birth already recorded for this child.',
    affectedFields: ['DOB'],
    tables: ['Header', 'Header_last'],
    validate: check,
  }),
];
