// Header UASC must be 0 or 1 (a number as pandas reads it); blank is invalid. Only an XML return supplies
// UASC: from CSV kith derives it from the UASC table, so the rule does not run.
import { num } from '../../common/table.ts';
import { cell, flagRows } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  const header = ctx.tables.Header;
  if (!header || ctx.meta.fileFormat === 'csv') return undefined;
  return {
    Header: flagRows(header, (r) => {
      const n = num(cell(r, 'UASC'));
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
