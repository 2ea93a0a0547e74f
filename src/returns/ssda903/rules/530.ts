import { cell, flagRows, oneOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

const NOT_WITH_PR4: ReadonlySet<string> = new Set(['P1']);

export const versions = [
  defineRule({
    code: '530',
    definedIn: 'lac2022_23',
    message: 'A placement provider code of PR4 cannot be associated with placement P1.',
    affectedFields: ['PLACE', 'PLACE_PROVIDER'],
    tables: ['Episodes'],
    validate({ tables }) {
      const eps = tables.Episodes;
      if (!eps) return undefined;
      return {
        Episodes: flagRows(
          eps,
          (row) => cell(row, 'PLACE_PROVIDER') === 'PR4' && oneOf(row, 'PLACE', NOT_WITH_PR4),
        ),
      };
    },
  }),
];
