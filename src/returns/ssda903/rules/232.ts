// Sex recorded as U (unknown), in either case.
import { col, flagWhere } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '232',
    definedIn: 'lac2024_25',
    message: 'Sex of the child/young person has been reported as unknown.',
    affectedFields: ['SEX'],
    tables: ['Header'],
    validate(ctx) {
      const header = ctx.tables.Header;
      if (!header) return undefined;
      const sex = col(ctx, 'Header', 'SEX');
      return { Header: flagWhere(header.rows.length, (i) => sex[i]?.trim().toUpperCase() === 'U') };
    },
  }),
];
