// Where a CIN plan has an end date, it must be within the census year (collection start to the
// reference date, both included).
import { day, Flags } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '4013',
    definedIn: 'cin2022_23',
    message: 'CIN Plan end date must fall within the census year',
    affectedFields: ['CINPlanEndDate', 'ReferenceDate'],
    module: 'CINplanDates',
    ruleType: 'Error',
    validate({ tables, meta }) {
      const plans = tables.CINplanDates;
      if (!plans) return undefined;
      const flags = new Flags();
      plans.rows.forEach((row, i) => {
        const end = day(row, 'CINPlanEndDate');
        if (end !== null && (end < meta.collectionStart || end > meta.collectionEnd)) {
          flags.add('CINplanDates', 'CINPlanEndDate', i);
        }
      });
      return flags.result();
    },
  }),
];
