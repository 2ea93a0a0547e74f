import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
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
    validate(ctx) {
      if (!ctx.tables.Missing) return undefined;
      const missing = column(ctx, 'Missing', 'MISSING');
      const started = column(ctx, 'Missing', 'MIS_START');
      return {
        Missing: flagWhere(
          rowCount(ctx, 'Missing'),
          (i) => isIn(missing[i], MISSING_OR_AWAY) && (started[i] ?? null) === null,
        ),
      };
    },
  }),
];
