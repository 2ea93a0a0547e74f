// UPN, when given, must be a letter (not I, O or S) then 12 digits or 11 digits and a letter, or UN1-UN5.
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const UPN = /^(?:(?![IOS])[A-Z](?:\d{12}|\d{11}[A-Z])|UN[1-5])$/;

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Header) return undefined;
  const upns = column(ctx, 'Header', 'UPN');
  return {
    Header: flagWhere(rowCount(ctx, 'Header'), (i) => {
      const upn = upns[i] ?? null;
      return upn !== null && !UPN.test(upn);
    }),
  };
}

export const versions = [
  defineRule({
    code: '168',
    definedIn: 'lac2022_23',
    message:
      'Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 ' +
      'or UN5.',
    affectedFields: ['UPN'],
    tables: ['Header'],
    validate: check,
  }),
];
