// A UASC child (UASC status 1) is expected to be at least 11 at the end of the collection year.
import { plusYears } from '../../common/dates.ts';
import { rowCount } from '../lib/frame.ts';
import { at, col, dayCol, flagWhere } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '231',
    definedIn: 'lac2024_25',
    message:
      'We expect that unaccompanied asylum seeking children are generally older young people. ' +
      'Please check the date of birth is correct. If the date of birth is correct then please ' +
      'provide details in a bypass request.',
    affectedFields: ['DOB', 'UASC_STATUS'],
    tables: ['Header'],
    validate(ctx) {
      const header = ctx.tables.Header;
      if (!header) return undefined;
      const status = col(ctx, 'Header', header.columns.includes('UASC_STATUS') ? 'UASC_STATUS' : 'UASC');
      const dob = dayCol(ctx, 'Header', 'DOB');
      const latest = plusYears(ctx.meta.collectionEnd, -11);
      const flagged = flagWhere(rowCount(ctx, 'Header'), (i) => {
        const born = at(dob, i);
        return status[i] === '1' && born !== null && born > latest;
      });
      return { Header: flagged };
    },
  }),
];
