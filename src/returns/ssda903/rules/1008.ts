// URN, when given and not the placeholder XXXXXXX, must be a URN in the Ofsted provider lookup. Not run
// without the provider lookup.
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { cell } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '1008',
    definedIn: 'lac2022_23',
    message: 'Ofsted Unique Reference Number (URN) is not valid.',
    affectedFields: ['URN'],
    tables: ['Episodes'],
    validate(ctx) {
      const providers = ctx.meta.providerInfo;
      if (!ctx.tables.Episodes || !providers) return undefined;
      // The Ofsted lookup is not a 903 table: it is read by row.
      const known = new Set<string>();
      for (const row of providers.rows) {
        const urn = cell(row, 'URN');
        if (urn !== null) known.add(urn);
      }
      const urns = column(ctx, 'Episodes', 'URN');
      return {
        Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => {
          const urn = urns[i] ?? null;
          return urn !== null && urn !== 'XXXXXXX' && !known.has(urn);
        }),
      };
    },
  }),
];
