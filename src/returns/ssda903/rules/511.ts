// Two adopters (NB_ADOPTR 2) cannot have a single adopter's sex code (M1 or F1).
import { text } from '../../common/table.ts';
import { cell, flagRows, oneOf } from '../lib/shared-c.ts';
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
    validate({ tables }) {
      const ad1 = tables.AD1;
      if (!ad1) return undefined;
      return {
        AD1: flagRows(ad1, (row) => text(cell(row, 'NB_ADOPTR')) === '2' && oneOf(row, 'SEX_ADOPTR', SINGLE)),
      };
    },
  }),
];
