// UASC both years: last year's DUC must be the 18th birthday; this year's in the year or unchanged.
import { plusYears } from '../../common/dates.ts';
import { judgeUascYears } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  const { collectionStart: start, collectionEnd: end } = ctx.meta;
  return judgeUascYears(ctx, (p) => {
    if (p.uasc !== '1' || p.uascLast !== '1') return false;
    const ducInYear = p.duc !== null && p.duc >= start && p.duc <= end;
    const ducUnchanged = p.duc !== null && p.duc === p.ducLast;
    const eighteenth = p.dobLast === null ? null : plusYears(p.dobLast, 18);
    const lastOnEighteenth = p.ducLast !== null && p.ducLast === eighteenth;
    return (!ducInYear && !ducUnchanged) || !lastOnEighteenth;
  });
}

export const versions = [
  defineRule({
    code: '205B',
    definedIn: 'lac2022_23',
    message:
      'Child previously identified as UASC is also UASC this year, but date UASC ceased in both years ' +
      'does not support this.',
    affectedFields: ['DUC', 'UASC'],
    tables: ['UASC', 'UASC_last', 'Header', 'Header_last'],
    validate: check,
  }),
];
