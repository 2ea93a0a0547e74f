// When a date of matching is given, the date the child should be placed for adoption must be given
// too and be on or before it.
import { rowCount } from '../lib/frame.ts';
import { at, dayCol, flagWhere } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '333',
    definedIn: 'lac2022_23',
    message:
      'Date should be placed for adoption must be on or prior to the date of matching child with ' +
      'adopter(s).',
    affectedFields: ['DATE_INT'],
    tables: ['AD1'],
    validate(ctx) {
      if (!ctx.tables.AD1) return undefined;
      const decidedOn = dayCol(ctx, 'AD1', 'DATE_INT');
      const matchedOn = dayCol(ctx, 'AD1', 'DATE_MATCH');
      const flagged = flagWhere(rowCount(ctx, 'AD1'), (i) => {
        const matched = at(matchedOn, i);
        const decided = at(decidedOn, i);
        return matched !== null && (decided === null || decided > matched);
      });
      return { AD1: flagged };
    },
  }),
];
