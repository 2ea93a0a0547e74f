// URN, when given and not the placeholder XXXXXXX, must be a URN in the Ofsted provider lookup. Not run
// without the provider lookup.
import { cell, flagRows } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '1008',
    definedIn: 'lac2022_23',
    message: 'Ofsted Unique Reference Number (URN) is not valid.',
    affectedFields: ['URN'],
    tables: ['Episodes'],
    validate({ tables, meta }) {
      const episodes = tables.Episodes;
      const providers = meta.providerInfo;
      if (!episodes || !providers) return undefined;
      const known = new Set<string>();
      for (const row of providers.rows) {
        const urn = cell(row, 'URN');
        if (urn !== null) known.add(urn);
      }
      return {
        Episodes: flagRows(episodes, (row) => {
          const urn = cell(row, 'URN');
          return urn !== null && urn !== 'XXXXXXX' && !known.has(urn);
        }),
      };
    },
  }),
];
