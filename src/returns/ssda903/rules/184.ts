// DATE_PLACED must not be before the DOB (also flagged when the child has no Header row).
import { flagWhere, rowCount, trimmedChildKeys } from '../lib/frame.ts';
import { childRows, dayCol } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Header || !ctx.tables.PlacedAdoption) return undefined;
  const placed = dayCol(ctx, 'PlacedAdoption', 'DATE_PLACED');
  const dob = dayCol(ctx, 'Header', 'DOB');
  const headerByChild = childRows(ctx, 'Header');
  const children = trimmedChildKeys(ctx, 'PlacedAdoption');
  return {
    PlacedAdoption: flagWhere(rowCount(ctx, 'PlacedAdoption'), (i) => {
      const p = placed[i] ?? null;
      if (p === null) return false;
      const child = children[i] ?? null;
      const births = child === null ? undefined : headerByChild.get(child);
      if (!births) return true;
      return births.some((h) => {
        const d = dob[h] ?? null;
        return d === null || p < d;
      });
    }),
  };
}

export const versions = [
  defineRule({
    code: '184',
    definedIn: 'lac2022_23',
    message: 'Date of decision that a child should be placed for adoption is before the child was born.',
    affectedFields: ['DATE_PLACED', 'DOB'],
    tables: ['Header', 'PlacedAdoption'],
    validate: check,
  }),
];
