// DUC, when given, must be a real date and not before the start of the collection year.
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.UASC) return undefined;
  const duc = dayCol(ctx, 'UASC', 'DUC');
  const ducText = column(ctx, 'UASC', 'DUC');
  const start = ctx.meta.collectionStart;
  return {
    UASC: flagWhere(rowCount(ctx, 'UASC'), (i) => {
      const d = duc[i] ?? null;
      return d === null ? (ducText[i] ?? null) !== null : d < start;
    }),
  };
}

export const versions = [
  defineRule({
    code: '104',
    definedIn: 'lac2022_23',
    message: 'Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.',
    affectedFields: ['DUC'],
    tables: ['UASC'],
    validate: check,
  }),
];
