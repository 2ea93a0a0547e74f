import { cell, flagRows, oneOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

const NOT_WITH_PR1: ReadonlySet<string> = new Set(['P1', 'R2', 'R5']);

export const versions = [
  defineRule({
    code: '527',
    definedIn: 'lac2022_23',
    message: 'A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.',
    affectedFields: ['PLACE', 'PLACE_PROVIDER'],
    tables: ['Episodes'],
    validate({ tables }) {
      const eps = tables.Episodes;
      if (!eps) return undefined;
      return {
        Episodes: flagRows(
          eps,
          (row) => cell(row, 'PLACE_PROVIDER') === 'PR1' && oneOf(row, 'PLACE', NOT_WITH_PR1),
        ),
      };
    },
  }),
];
