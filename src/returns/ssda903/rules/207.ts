// A child with episodes this year recorded as a mother (MOTHER 1) last year must still be recorded as one.
import { column, flagWhere, rowCount, trimmedChildKeys } from '../lib/frame.ts';
import { childRows } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Header || !ctx.tables.Header_last || !ctx.tables.Episodes) return undefined;
  const lastByChild = childRows(ctx, 'Header_last');
  const withEpisodes = childRows(ctx, 'Episodes');
  const child = trimmedChildKeys(ctx, 'Header');
  const mother = column(ctx, 'Header', 'MOTHER');
  const motherLast = column(ctx, 'Header_last', 'MOTHER');
  return {
    Header: flagWhere(rowCount(ctx, 'Header'), (i) => {
      const c = child[i] ?? null;
      if (c === null || !withEpisodes.has(c)) return false;
      const now = mother[i] ?? null;
      return (lastByChild.get(c) ?? []).some((j) => {
        const before = motherLast[j] ?? null;
        return before === '1' && now !== '1';
      });
    }),
  };
}

export const versions = [
  defineRule({
    code: '207',
    definedIn: 'lac2022_23',
    message:
      'Mother status for the current year disagrees with the mother status already recorded for this child.',
    affectedFields: ['MOTHER'],
    tables: ['Episodes', 'Header', 'Header_last'],
    validate: check,
  }),
];
