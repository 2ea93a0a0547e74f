// Placement location IN (inside the council's area) while the placement's LA is not the council.
// Not checked when the council is unknown.
import { rowCount } from '../lib/frame.ts';
import { col, flagWhere } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '411',
    definedIn: 'lac2022_23',
    message: 'Placement location code disagrees with LA of placement.',
    affectedFields: ['PL_LOCATION'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const la = ctx.meta.localAuthority;
      if (la === null) return { Episodes: [] };
      const location = col(ctx, 'Episodes', 'PL_LOCATION');
      const placeLa = col(ctx, 'Episodes', 'PL_LA');
      return {
        Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => location[i] === 'IN' && placeLa[i] !== la),
      };
    },
  }),
];
