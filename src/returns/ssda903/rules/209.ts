// UN1 (UPN not yet obtained) is not allowed once the child was 4 by 31 August before the collection year.
import { plusYears } from '../../common/dates.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Header) return undefined;
  const startYear = new Date(ctx.meta.collectionStart * 86_400_000).getUTCFullYear();
  const reference = Date.UTC(startYear - 1, 7, 31) / 86_400_000;
  const upn = column(ctx, 'Header', 'UPN');
  const dob = dayCol(ctx, 'Header', 'DOB');
  return {
    Header: flagWhere(rowCount(ctx, 'Header'), (i) => {
      const d = dob[i] ?? null;
      return upn[i] === 'UN1' && d !== null && plusYears(d, 4) <= reference;
    }),
  };
}

export const versions = [
  defineRule({
    code: '209',
    definedIn: 'lac2022_23',
    message:
      'Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) ' +
      'code of UN1.',
    affectedFields: ['UPN', 'DOB'],
    tables: ['Header'],
    validate: check,
  }),
];
