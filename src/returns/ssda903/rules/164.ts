// PL_DISTANCE must be 0.0-999.9 miles, except for short breaks (LS V3/V4) and children who are or were UASC.
import { num } from '../../common/table.ts';
import { column, flagWhere, isIn, rowCount, trimmedChildKeys } from '../lib/frame.ts';
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
      const children = trimmedChildKeys(ctx, headerName);
      const flag = column(ctx, headerName, 'UASC');
      const n = rowCount(ctx, headerName);
      for (let i = 0; i < n; i++) {
        const child = children[i] ?? null;
        if (child !== null && flag[i] === '1') out.add(child);
      }
    } else if (uasc) {
      known = true;
      const children = trimmedChildKeys(ctx, uascName);
      // A row says the child is UASC when any column but CHILD holds a value.
      const status = uasc.columns.filter((c) => c !== 'CHILD').map((c) => column(ctx, uascName, c));
      const n = rowCount(ctx, uascName);
      for (let i = 0; i < n; i++) {
        const child = children[i] ?? null;
        if (child !== null && status.some((c) => (c[i] ?? null) !== null)) out.add(child);
      }
    }
  }
  return known ? out : undefined;
}

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Episodes) return undefined;
  const uasc = uascChildren(ctx);
  if (!uasc) return undefined;
  const children = trimmedChildKeys(ctx, 'Episodes');
  const distance = column(ctx, 'Episodes', 'PL_DISTANCE');
  const ls = column(ctx, 'Episodes', 'LS');
  return {
    Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => {
      const child = children[i] ?? null;
      const raw = distance[i] ?? null;
      if (raw === null || isIn(ls[i], SHORT_BREAK)) return false;
      if (child !== null && uasc.has(child)) return false;
      const miles = num(raw);
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
