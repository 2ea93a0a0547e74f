// A child recorded as a mother (MOTHER 1) needs her child's date of birth (MC_DOB).
import { text } from '../../common/table.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '611',
    definedIn: 'lac2022_23',
    message: 'Date of birth field is blank, but child is a mother.',
    affectedFields: ['MOTHER', 'MC_DOB'],
    tables: ['Header'],
    validate(ctx) {
      if (!ctx.tables.Header) return undefined;
      const mother = column(ctx, 'Header', 'MOTHER');
      const mcDob = column(ctx, 'Header', 'MC_DOB');
      return {
        Header: flagWhere(
          rowCount(ctx, 'Header'),
          (i) => text(mother[i]) === '1' && (mcDob[i] ?? null) === null,
        ),
      };
    },
  }),
];
