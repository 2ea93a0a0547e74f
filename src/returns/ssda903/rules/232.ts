// Sex recorded as U (unknown), in either case.
import { rowCount } from '../lib/frame.ts';
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
      if (!ctx.tables.Header) return undefined;
      const sex = col(ctx, 'Header', 'SEX');
      return { Header: flagWhere(rowCount(ctx, 'Header'), (i) => sex[i]?.trim().toUpperCase() === 'U') };
    },
  }),
];
