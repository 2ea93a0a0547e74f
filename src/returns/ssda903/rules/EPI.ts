// A child in the Header needs episodes (or, as a care leaver, OC3 data) before the DfE portal validates
// the rest of their record.
import { childSet, flagRows, mergeKey } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'EPI',
    definedIn: 'lac2022_23',
    message:
      'WARNING: Episodes need to be loaded for this child before further validation is possible [NOTE: ' +
      'This refers to the DfE portal - here, all checks that can be performed with only the available data ' +
      'will be.]',
    affectedFields: ['CHILD'],
    tables: ['Header'],
    validate(ctx) {
      const header = ctx.tables.Header;
      if (!header) return undefined;
      const episodes = childSet(ctx, 'Episodes');
      const oc3 = childSet(ctx, 'OC3');
      return {
        Header: flagRows(header, (row) => !episodes.has(mergeKey(row)) && !oc3.has(mergeKey(row))),
      };
    },
  }),
];
