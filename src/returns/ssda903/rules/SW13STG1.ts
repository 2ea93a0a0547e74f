// SW_REASON must be one of the DfE reasons for a change of social worker. In 2023/24 a blank is reported
// too; from 2024/25 a blank is accepted for an episode that started before 1 April 2023.
import { dmy } from '../../common/dates.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { at, dayCol } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

const REASONS = new Set([
  'MANAGE',
  'FCONTA',
  'LEFTRL',
  'ORGRST',
  'TSPROC',
  'ABSENC',
  'CHCHAN',
  'PCCHAN',
  'SWDIED',
  'OTHERS',
]);
const APRIL_2023 = dmy('01/04/2023') as number;

export const versions = [
  defineRule({
    code: 'SW13STG1',
    definedIn: 'lac2023_24',
    message: 'The reason for social worker change is either not valid or has not been entered.',
    affectedFields: ['SW_REASON'],
    tables: ['SWEpisodes'],
    validate(ctx) {
      if (!ctx.tables.SWEpisodes) return undefined;
      const reason = column(ctx, 'SWEpisodes', 'SW_REASON');
      return {
        SWEpisodes: flagWhere(rowCount(ctx, 'SWEpisodes'), (i) => {
          const v = reason[i] ?? null;
          return v === null || !REASONS.has(v);
        }),
      };
    },
  }),
  defineRule({
    code: 'SW13STG1',
    definedIn: 'lac2024_25',
    message: 'The reason for social worker change is not valid.',
    affectedFields: ['SW_REASON'],
    tables: ['SWEpisodes'],
    validate(ctx) {
      if (!ctx.tables.SWEpisodes) return undefined;
      const decom = dayCol(ctx, 'SWEpisodes', 'SW_DECOM');
      const reason = column(ctx, 'SWEpisodes', 'SW_REASON');
      return {
        SWEpisodes: flagWhere(rowCount(ctx, 'SWEpisodes'), (i) => {
          const v = reason[i] ?? null;
          if (v !== null) return !REASONS.has(v);
          const d = at(decom, i);
          return d !== null && d >= APRIL_2023;
        }),
      };
    },
  }),
];
