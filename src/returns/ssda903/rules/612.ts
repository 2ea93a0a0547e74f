// A girl with MC_DOB (her child's date of birth) must be recorded as a mother (MOTHER not 0 or blank).
import type { Table } from '../../common/table.ts';
import { text } from '../../common/table.ts';
import { cell, flagRows, present } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

function notRecordedAsMother(header: Table, female: string): number[] {
  return flagRows(header, (row) => {
    const mother = text(cell(row, 'MOTHER'));
    return (mother === null || mother === '0') && cell(row, 'SEX') === female && present(row, 'MC_DOB');
  });
}

export const versions = [
  defineRule({
    code: '612',
    definedIn: 'lac2022_23',
    message: 'Date of birth field has been completed but mother field indicates child is not a mother.',
    affectedFields: ['SEX', 'MOTHER', 'MC_DOB'],
    tables: ['Header'],
    validate: ({ tables }) =>
      tables.Header ? { Header: notRecordedAsMother(tables.Header, '2') } : undefined,
  }),
  defineRule({
    code: '612',
    definedIn: 'lac2024_25',
    message: 'Date of birth field has been completed but mother field indicates child is not a mother.',
    affectedFields: ['SEX', 'MOTHER', 'MC_DOB'],
    tables: ['Header'],
    validate: ({ tables }) =>
      tables.Header ? { Header: notRecordedAsMother(tables.Header, 'F') } : undefined,
  }),
];
