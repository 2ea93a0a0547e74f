// UASC last year but not now: last year's DUC must fall in last year's collection period, none this year.
import { plusYears } from '../../common/dates.ts';
import { judgeUascYears } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  const prevStart = plusYears(ctx.meta.collectionStart, -1);
  const prevEnd = plusYears(ctx.meta.collectionEnd, -1);
  return judgeUascYears(ctx, (p) => {
    const lastYearOnly = p.uasc !== '1' && p.uascLast === '1';
    const ceasedLastYear = p.ducLast !== null && p.ducLast >= prevStart && p.ducLast <= prevEnd;
    return lastYearOnly && (p.ducGiven || !ceasedLastYear);
  });
}

export const versions = [
  defineRule({
    code: '205A',
    definedIn: 'lac2022_23',
    message:
      'Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both ' +
      'years does not support this.',
    affectedFields: ['CHILD', 'UASC'],
    tables: ['UASC', 'UASC_last', 'Header', 'Header_last'],
    validate: check,
  }),
];
