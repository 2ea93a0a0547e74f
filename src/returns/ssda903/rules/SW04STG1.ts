// SW_DECOM, when given, must be a DD/MM/YYYY date; ZZ may stand for an unknown day or month and ZZZZ for an
// unknown year.
import { cell, flagRows, present, zzDate } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'SW04STG1',
    definedIn: 'lac2023_24',
    message: 'Date social worker episode began is not a valid date..',
    affectedFields: ['SW_DECOM'],
    tables: ['SWEpisodes'],
    validate({ tables }) {
      const t = tables.SWEpisodes;
      if (!t) return undefined;
      return {
        SWEpisodes: flagRows(t, (row) => present(row, 'SW_DECOM') && zzDate(cell(row, 'SW_DECOM')) === null),
      };
    },
  }),
];
