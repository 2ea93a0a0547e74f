import { day, Flags } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '4012Q',
    definedIn: 'cin2022_23',
    message:
      'Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the ' +
      'same day',
    affectedFields: ['CINPlanStartDate', 'CINPlanEndDate'],
    module: 'CINplanDates',
    ruleType: 'Query',
    validate({ tables }) {
      const plans = tables.CINplanDates;
      if (!plans) return undefined;
      const flags = new Flags();
      plans.rows.forEach((row, i) => {
        const start = day(row, 'CINPlanStartDate');
        if (start !== null && start === day(row, 'CINPlanEndDate')) {
          flags.add('CINplanDates', ['CINPlanStartDate', 'CINPlanEndDate'], i);
        }
      });
      return flags.result();
    },
  }),
];
