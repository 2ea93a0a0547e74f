// A child UASC this year must have been UASC last year when recorded last year.
import { rowCount, trimmedChildKeys } from '../lib/frame.ts';
import { uascFlags } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const ascending = (a: number, b: number) => a - b;

function check(ctx: Context903): Flags903 | undefined {
  const now = uascFlags(ctx, 'Header', 'UASC');
  const before = uascFlags(ctx, 'Header_last', 'UASC_last');
  if (!now || !before) return undefined;
  // Without a Header, the flags were derived from the UASC table, so its rows are judged (and reported).
  const table = now.fromHeader ? 'Header' : 'UASC';
  const child = trimmedChildKeys(ctx, table);
  const n = rowCount(ctx, table);
  const flagged = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (now.flagAt(i) !== '1') continue;
    const c = child[i] ?? null;
    if (c === null) continue;
    // An inner join: a child with no row last year is not judged.
    if (before.flagsOf(c).some((f) => f.uasc !== '1')) flagged.add(i);
  }
  const positions = [...flagged].sort(ascending);
  return now.fromHeader ? { Header: positions } : { UASC: positions };
}

export const versions = [
  defineRule({
    code: '205D',
    definedIn: 'lac2022_23',
    message:
      'Child identified as UASC this year but not identified as UASC status provided for the child ' +
      'last year.',
    affectedFields: ['UASC', 'CHILD'],
    tables: ['UASC', 'UASC_last', 'Header', 'Header_last'],
    validate: check,
  }),
];
