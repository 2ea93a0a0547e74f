// A child with any episode other than a short break (legal status not V3/V4) must have a UPN.
import { col, flagWhere, isIn, joined, present, V3_V4 } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '442',
    definedIn: 'lac2022_23',
    message: 'Unique Pupil Number (UPN) field is not completed.',
    affectedFields: ['UPN'],
    tables: ['Episodes', 'Header'],
    validate(ctx) {
      const header = ctx.tables.Header;
      if (!ctx.tables.Episodes || !header) return undefined;
      const ls = col(ctx, 'Episodes', 'LS');
      const upn = col(ctx, 'Header', 'UPN');
      const episodes = joined(ctx, 'Header', 'Episodes');
      const flagged = flagWhere(
        header.rows.length,
        (h) => !present(upn[h]) && (episodes[h] ?? []).some((i) => !isIn(ls[i], V3_V4)),
      );
      return { Header: flagged };
    },
  }),
];
