// Date UASC status ceased after the child's 18th birthday.
import { rowCount } from '../lib/frame.ts';
import { at, dayCol, dobPlus, flagWhere } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '304',
    definedIn: 'lac2022_23',
    message:
      'Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th ' +
      'birthday of a child.',
    affectedFields: ['DUC'],
    tables: ['UASC'],
    validate(ctx) {
      if (!ctx.tables.UASC) return undefined;
      const eighteenth = dobPlus(ctx, 'UASC', 18);
      const duc = dayCol(ctx, 'UASC', 'DUC');
      const flagged = flagWhere(rowCount(ctx, 'UASC'), (i) => {
        const birthday = at(eighteenth, i);
        const ceased = at(duc, i);
        return birthday !== null && ceased !== null && ceased > birthday;
      });
      return { UASC: flagged };
    },
  }),
];
