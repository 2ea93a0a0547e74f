// A male child (SEX 1 until 2023/24, M from 2024/25) must not have MC_DOB recorded.
import { cell, flagRows, present } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function maleWithChild(male: string) {
  return (ctx: Context903): Flags903 | undefined => {
    const header = ctx.tables.Header;
    if (!header) return undefined;
    return { Header: flagRows(header, (r) => cell(r, 'SEX') === male && present(r, 'MC_DOB')) };
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
