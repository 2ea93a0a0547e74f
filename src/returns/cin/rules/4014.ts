// No CIN plan of a child may start on or between the start and end dates of another of the child's
// CIN plans (up to the reference date when that plan has no end date).
import { Flags } from '../lib/derived.ts';
import { intervalsBy, pointsBy, pointsInIntervalsBy } from '../lib/rows-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '4014',
    definedIn: 'cin2022_23',
    message: 'CIN Plan data contains overlapping dates',
    affectedFields: ['CINPlanStartDate', 'CINPlanEndDate'],
    module: 'CINplanDates',
    ruleType: 'Error',
    validate(ctx) {
      const { tables, meta } = ctx;
      const plans = tables.CINplanDates;
      if (!plans) return undefined;
      // Compared across all the child's episodes, as the sector's validator does: plans of two
      // episodes overlapping is as wrong as two plans of one.
      const { hosts, guests } = pointsInIntervalsBy(
        intervalsBy(ctx, 'CINplanDates', 'child', 'CINPlanStartDate', 'CINPlanEndDate', {
          openUntil: meta.collectionEnd,
          endIncluded: true,
        }),
        pointsBy(ctx, 'CINplanDates', 'child', 'CINPlanStartDate'),
        true,
      );
      const flags = new Flags();
      for (const i of guests) flags.add('CINplanDates', 'CINPlanStartDate', i);
      for (const i of hosts) flags.add('CINplanDates', ['CINPlanStartDate', 'CINPlanEndDate'], i);
      return flags.result();
    },
  }),
];
