// Header UASC must be 0 or 1 (a number as pandas reads it); blank is invalid. Only an XML return supplies
// UASC: from CSV kith derives it from the UASC table, so the rule does not run.
import { num } from '../../common/table.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Header || ctx.meta.fileFormat === 'csv') return undefined;
  const uasc = column(ctx, 'Header', 'UASC');
  return {
    Header: flagWhere(rowCount(ctx, 'Header'), (i) => {
      const n = num(uasc[i]);
      return n !== 0 && n !== 1;
    }),
  };
}

export const versions = [
  defineRule({
    code: '105',
    definedIn: 'lac2022_23',
    message:
      'Data entry for Unaccompanied Asylum-Seeking Children (UASC) status of child is invalid or has ' +
      'not been completed.',
    affectedFields: ['UASC'],
    tables: ['Header'],
    validate: check,
  }),
];
