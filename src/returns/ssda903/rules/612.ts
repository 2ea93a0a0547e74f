// A girl with MC_DOB (her child's date of birth) must be recorded as a mother (MOTHER not 0 or blank).
import { text } from '../../common/table.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import type { Context903 } from '../rule.ts';
import { defineRule } from '../rule.ts';

function notRecordedAsMother(ctx: Context903, female: string): number[] {
  const motherCol = column(ctx, 'Header', 'MOTHER');
  const sex = column(ctx, 'Header', 'SEX');
  const mcDob = column(ctx, 'Header', 'MC_DOB');
  return flagWhere(rowCount(ctx, 'Header'), (i) => {
    const mother = text(motherCol[i]);
    return (mother === null || mother === '0') && sex[i] === female && (mcDob[i] ?? null) !== null;
  });
}

export const versions = [
  defineRule({
    code: '612',
    definedIn: 'lac2022_23',
    message: 'Date of birth field has been completed but mother field indicates child is not a mother.',
    affectedFields: ['SEX', 'MOTHER', 'MC_DOB'],
    tables: ['Header'],
    validate: (ctx) => (ctx.tables.Header ? { Header: notRecordedAsMother(ctx, '2') } : undefined),
  }),
  defineRule({
    code: '612',
    definedIn: 'lac2024_25',
    message: 'Date of birth field has been completed but mother field indicates child is not a mother.',
    affectedFields: ['SEX', 'MOTHER', 'MC_DOB'],
    tables: ['Header'],
    validate: (ctx) => (ctx.tables.Header ? { Header: notRecordedAsMother(ctx, 'F') } : undefined),
  }),
];
