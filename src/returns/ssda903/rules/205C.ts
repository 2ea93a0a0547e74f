// A child not UASC in either year must have no DUC in either year.
import { judgeUascYears } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  return judgeUascYears(ctx, (p) => {
    const never = (p.uasc === null || p.uasc === '0') && (p.uascLast === null || p.uascLast === '0');
    return never && (p.duc !== null || p.ducLast !== null);
  });
}

export const versions = [
  defineRule({
    code: '205C',
    definedIn: 'lac2022_23',
    message:
      'Child not identified as UASC either this year or last year but date UASC ceased has been provided.',
    affectedFields: ['DUC', 'UASC'],
    tables: ['UASC', 'UASC_last', 'Header', 'Header_last'],
    validate: check,
  }),
];
