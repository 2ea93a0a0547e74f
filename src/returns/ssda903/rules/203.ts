// DOB must match last year's DOB for the same child (compared as dates; two unreadable dates match).
import { flagWhere, rowCount, trimmedChildKeys } from '../lib/frame.ts';
import { childRows, dayCol } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Header || !ctx.tables.Header_last) return undefined;
  const lastByChild = childRows(ctx, 'Header_last');
  const child = trimmedChildKeys(ctx, 'Header');
  const dob = dayCol(ctx, 'Header', 'DOB');
  const dobLast = dayCol(ctx, 'Header_last', 'DOB');
  return {
    Header: flagWhere(rowCount(ctx, 'Header'), (i) => {
      const c = child[i] ?? null;
      if (c === null) return false;
      const d = dob[i] ?? null;
      return lastByChild.get(c)?.some((j) => (dobLast[j] ?? null) !== d) ?? false;
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
