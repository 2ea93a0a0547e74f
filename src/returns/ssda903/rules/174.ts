// A male child (SEX 1 until 2023/24, M from 2024/25) must not have MC_DOB recorded.
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function maleWithChild(male: string) {
  return (ctx: Context903): Flags903 | undefined => {
    if (!ctx.tables.Header) return undefined;
    const sex = column(ctx, 'Header', 'SEX');
    const mcDob = column(ctx, 'Header', 'MC_DOB');
    return {
      Header: flagWhere(rowCount(ctx, 'Header'), (i) => sex[i] === male && (mcDob[i] ?? null) !== null),
    };
  };
}

export const versions = [
  defineRule({
    code: '174',
    definedIn: 'lac2022_23',
    message: "Mother's child date of birth is recorded but gender shows that the child is a male.",
    affectedFields: ['SEX', 'MC_DOB'],
    tables: ['Header'],
    validate: maleWithChild('1'),
  }),
  defineRule({
    code: '174',
    definedIn: 'lac2024_25',
    message: "Mother's child date of birth is recorded but sex shows that the child is a male.",
    affectedFields: ['SEX', 'MC_DOB'],
    tables: ['Header'],
    validate: maleWithChild('M'),
  }),
];
