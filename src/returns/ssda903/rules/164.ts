// PL_DISTANCE must be 0.0-999.9 miles, except for short breaks (LS V3/V4) and children who are or were UASC.
import { num } from '../../common/table.ts';
import { cell, childOf, flagRows, oneOf, present } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const SHORT_BREAK = new Set(['V3', 'V4']);

/**
 * Children who are UASC this year or were last year: Header (or Header_last) UASC = '1' or, when
 * that Header is not supplied, a row in the UASC (or UASC_last) table. Undefined when no table
 * says anything about UASC status.
 */
function uascChildren(ctx: Context903): Set<string> | undefined {
  const out = new Set<string>();
  let known = false;
  for (const [headerName, uascName] of [
    ['Header', 'UASC'],
    ['Header_last', 'UASC_last'],
  ] as const) {
    const header = ctx.tables[headerName];
    const uasc = ctx.tables[uascName];
    if (header) {
      if (header.columns.includes('UASC')) known = true;
      for (const r of header.rows) {
        const child = childOf(r);
        if (child !== null && cell(r, 'UASC') === '1') out.add(child);
      }
    } else if (uasc) {
      known = true;
      for (const r of uasc.rows) {
        const child = childOf(r);
        const status = uasc.columns.some((c) => c !== 'CHILD' && present(r, c));
        if (child !== null && status) out.add(child);
      }
    }
  }
  return known ? out : undefined;
}

function check(ctx: Context903): Flags903 | undefined {
  const eps = ctx.tables.Episodes;
  if (!eps) return undefined;
  const uasc = uascChildren(ctx);
  if (!uasc) return undefined;
  return {
    Episodes: flagRows(eps, (r) => {
      const child = childOf(r);
      if (!present(r, 'PL_DISTANCE') || oneOf(r, 'LS', SHORT_BREAK)) return false;
      if (child !== null && uasc.has(child)) return false;
      const miles = num(cell(r, 'PL_DISTANCE'));
      return miles === null || miles < 0 || miles > 999.9;
    }),
  };
}

export const versions = [
  defineRule({
    code: '164',
    definedIn: 'lac2022_23',
    message:
      'Distance is not valid. Please check a valid postcode has been entered. [NOTE: This check will ' +
      'result in false positives for children formerly UASC not identified as such in loaded data]',
    affectedFields: ['PL_DISTANCE'],
    tables: ['Episodes'],
    validate: check,
  }),
];
