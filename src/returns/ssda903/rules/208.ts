// UPN must match last year's, except blank/UN1 to UN2-UN5, or blank/UN1-UN5 to a real UPN.
import { column, flagWhere, rowCount, trimmedChildKeys } from '../lib/frame.ts';
import { childRows } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const UN2_TO_5 = new Set(['UN2', 'UN3', 'UN4', 'UN5']);
const UN_CODES = new Set(['UN1', ...UN2_TO_5]);

/** Whether this year's UPN is an acceptable successor of last year's (both as given, either may be null). */
function consistent(now: string | null, before: string | null): boolean {
  if (now === null && before === null) return true;
  const n = now === null ? null : now.toUpperCase();
  const b = before === null ? null : before.toUpperCase();
  if (n === b) return true;
  // A still-unknown UPN may be refined: blank or UN1 last year, UN2-UN5 now.
  if ((b === null || b === 'UN1') && n !== null && UN2_TO_5.has(n)) return true;
  // A UPN obtained since last year: blank or an UN code last year, a real UPN now.
  const wasUnknown = b === null || UN_CODES.has(b);
  const nowKnown = n !== null && !UN_CODES.has(n);
  return wasUnknown && nowKnown;
}

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Header || !ctx.tables.Header_last) return undefined;
  const lastByChild = childRows(ctx, 'Header_last');
  const child = trimmedChildKeys(ctx, 'Header');
  const upn = column(ctx, 'Header', 'UPN');
  const upnLast = column(ctx, 'Header_last', 'UPN');
  return {
    Header: flagWhere(rowCount(ctx, 'Header'), (i) => {
      const c = child[i] ?? null;
      const before = c === null ? undefined : lastByChild.get(c);
      if (!before) return false;
      const now = upn[i] ?? null;
      return before.some((j) => !consistent(now, upnLast[j] ?? null));
    }),
  };
}

export const versions = [
  defineRule({
    code: '208',
    definedIn: 'lac2022_23',
    message:
      'Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) ' +
      'already recorded for this child.',
    affectedFields: ['UPN'],
    tables: ['Header', 'Header_last'],
    validate: check,
  }),
];
