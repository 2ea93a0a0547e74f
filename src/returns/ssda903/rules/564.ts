import { flagRows, oneOf, present } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

/** M = missing, A = away without authorisation (lower case as the sector's validator accepts it). */
const MISSING_OR_AWAY: ReadonlySet<string> = new Set(['M', 'A', 'm', 'a']);

export const versions = [
  defineRule({
    code: '564',
    definedIn: 'lac2022_23',
    message: 'Child was missing or away from placement without authorisation and the date started is blank.',
    affectedFields: ['MISSING', 'MIS_START'],
    tables: ['Missing'],
    validate({ tables }) {
      const missing = tables.Missing;
      if (!missing) return undefined;
      return {
        Missing: flagRows(
          missing,
          (row) => oneOf(row, 'MISSING', MISSING_OR_AWAY) && !present(row, 'MIS_START'),
        ),
      };
    },
  }),
];
