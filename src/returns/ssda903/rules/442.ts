// A child with any episode other than a short break (legal status not V3/V4) must have a UPN.
import { rowCount } from '../lib/frame.ts';
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
      if (!ctx.tables.Episodes || !ctx.tables.Header) return undefined;
      const ls = col(ctx, 'Episodes', 'LS');
      const upn = col(ctx, 'Header', 'UPN');
      const episodes = joined(ctx, 'Header', 'Episodes');
      const flagged = flagWhere(
        rowCount(ctx, 'Header'),
        (h) => !present(upn[h]) && (episodes[h] ?? []).some((i) => !isIn(ls[i], V3_V4)),
      );
      return { Header: flagged };
    },
  }),
];
