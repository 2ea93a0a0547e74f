// A child with episodes this year recorded as a mother (MOTHER 1) last year must still be recorded as one.
import { cell, childOf, childRows, flagRows } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  const { Header: header, Header_last: last, Episodes: eps } = ctx.tables;
  if (!header || !last || !eps) return undefined;
  const lastByChild = childRows(ctx, 'Header_last');
  const withEpisodes = childRows(ctx, 'Episodes');
  return {
    Header: flagRows(header, (r) => {
      const child = childOf(r);
      if (child === null || !withEpisodes.has(child)) return false;
      const mother = cell(r, 'MOTHER');
      return (lastByChild.get(child) ?? []).some((j) => {
        const before = cell(last.rows[j], 'MOTHER');
        return before === '1' && mother !== '1';
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
