// A CIN plan must have a start date, and it must not be after the end of the census year.
import { day, Flags } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '4010',
    definedIn: 'cin2022_23',
    message: 'CIN Plan start date is missing or out of data collection period',
    affectedFields: ['CINPlanStartDate'],
    module: 'CINplanDates',
    ruleType: 'Error',
    validate({ tables, meta }) {
      const plans = tables.CINplanDates;
      if (!plans) return undefined;
      const flags = new Flags();
      plans.rows.forEach((row, i) => {
        // A plan that started before the census year and is still open (or ended in it) is reported,
        // so only a start after the reference date is out of the period.
        const start = day(row, 'CINPlanStartDate');
        if (start === null || start > meta.collectionEnd) flags.add('CINplanDates', 'CINPlanStartDate', i);
      });
      return flags.result();
    },
  }),
];
