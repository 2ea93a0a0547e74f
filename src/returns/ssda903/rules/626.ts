// A young person recorded as a mother this year (MOTHER = 1) but not last year (MOTHER = 0) cannot have
// had her first child before this collection year began.

import { num } from '../../common/table.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { at, dayCol, mergeKeyOf } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '626',
    definedIn: 'lac2022_23',
    message:
      'Child was reported as a mother but the date of birth of the first child is before the current year ' +
      'which contradicts with the mother status recorded last year.',
    affectedFields: ['MOTHER', 'MC_DOB'],
    tables: ['Header', 'Header_last'],
    validate(ctx) {
      if (!ctx.tables.Header || !ctx.tables.Header_last) return undefined;
      // Merge keys: a row's CHILD, or the key a missing CHILD matches by.
      const childLast = column(ctx, 'Header_last', 'CHILD');
      const child = column(ctx, 'Header', 'CHILD');
      const motherLast = column(ctx, 'Header_last', 'MOTHER');
      const lastCount = rowCount(ctx, 'Header_last');
      const notMotherLastYear = new Set<string>();
      for (let j = 0; j < lastCount; j++) {
        if (num(motherLast[j]) === 0) notMotherLastYear.add(mergeKeyOf(childLast[j]));
      }
      const mcDobs = dayCol(ctx, 'Header', 'MC_DOB');
      const mother = column(ctx, 'Header', 'MOTHER');
      return {
        Header: flagWhere(rowCount(ctx, 'Header'), (i) => {
          const mcDob = at(mcDobs, i);
          return (
            mcDob !== null &&
            mcDob < ctx.meta.collectionStart &&
            num(mother[i]) === 1 &&
            notMotherLastYear.has(mergeKeyOf(child[i]))
          );
        }),
      };
    },
  }),
];
