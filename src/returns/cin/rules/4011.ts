import { day, Flags } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '4011',
    definedIn: 'cin2022_23',
    message: 'CIN Plan End Date earlier than Start Date',
    affectedFields: ['CINPlanEndDate', 'CINPlanStartDate'],
    module: 'CINplanDates',
    ruleType: 'Error',
    validate({ tables }) {
      const plans = tables.CINplanDates;
      if (!plans) return undefined;
      const flags = new Flags();
      plans.rows.forEach((row, i) => {
        const start = day(row, 'CINPlanStartDate');
        const end = day(row, 'CINPlanEndDate');
        if (start !== null && end !== null && end < start) {
          flags.add('CINplanDates', ['CINPlanEndDate', 'CINPlanStartDate'], i);
        }
      });
      return flags.result();
    },
  }),
];
