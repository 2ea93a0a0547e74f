// A child in the Header needs episodes (or, as a care leaver, OC3 data) before the DfE portal validates
// the rest of their record.
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { childSet, mergeKeyOf } from '../lib/shared-d.ts';
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
      if (!ctx.tables.Header) return undefined;
      const episodes = childSet(ctx, 'Episodes');
      const oc3 = childSet(ctx, 'OC3');
      const children = column(ctx, 'Header', 'CHILD');
      return {
        Header: flagWhere(rowCount(ctx, 'Header'), (i) => {
          const child = mergeKeyOf(children[i]);
          return !episodes.has(child) && !oc3.has(child);
        }),
      };
    },
  }),
];
