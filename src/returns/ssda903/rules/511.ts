// Two adopters (NB_ADOPTR 2) cannot have a single adopter's sex code (M1 or F1).
import { text } from '../../common/table.ts';
import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
import { defineRule } from '../rule.ts';

const SINGLE: ReadonlySet<string> = new Set(['M1', 'F1']);

export const versions = [
  defineRule({
    code: '511',
    definedIn: 'lac2022_23',
    message:
      'If reporting that the number of person(s) adopting the looked after child is two adopters then the ' +
      'code should only be MM, FF or MF. MM = the adopting couple are both males; FF = the adopting ' +
      'couple are both females; MF = The adopting couple are male and female.',
    affectedFields: ['NB_ADOPTR', 'SEX_ADOPTR'],
    tables: ['AD1'],
    validate(ctx) {
      if (!ctx.tables.AD1) return undefined;
      const adopters = column(ctx, 'AD1', 'NB_ADOPTR');
      const sexAdopter = column(ctx, 'AD1', 'SEX_ADOPTR');
      return {
        AD1: flagWhere(rowCount(ctx, 'AD1'), (i) => text(adopters[i]) === '2' && isIn(sexAdopter[i], SINGLE)),
      };
    },
  }),
];
