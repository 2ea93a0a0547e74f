// An episode starting before 14 October 1991 (when the Children Act 1989 came into force).
import { dmy } from '../../common/dates.ts';
import { rowCount } from '../lib/frame.ts';
import { at, dayCol, flagWhere } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

const ACT_IN_FORCE = dmy('14/10/1991') as number;

export const versions = [
  defineRule({
    code: '353',
    definedIn: 'lac2022_23',
    message: 'No episode submitted can start before 14 October 1991.',
    affectedFields: ['DECOM'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      return {
        Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => (at(decom, i) ?? ACT_IN_FORCE) < ACT_IN_FORCE),
      };
    },
  }),
];
