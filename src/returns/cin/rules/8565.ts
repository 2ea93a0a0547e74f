// Once an episode is closed, none of its activity may be dated after the closure date: the
// episode's own initial child protection conference, its assessments' start and authorisation dates,
// its Section47 start and conference dates, its child protection plans' end dates and its CIN plans'
// start and end dates.
import { dates, Flags, ids } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';
import type { TableNameCin } from '../tables.ts';

const ACTIVITY: readonly (readonly [TableNameCin, readonly string[]])[] = [
  ['Assessments', ['AssessmentActualStartDate', 'AssessmentAuthorisationDate']],
  ['Section47', ['S47ActualStartDate', 'DateOfInitialCPC']],
  ['ChildProtectionPlans', ['CPPendDate']],
  ['CINplanDates', ['CINPlanStartDate', 'CINPlanEndDate']],
];

export const versions = [
  defineRule({
    code: '8565',
    definedIn: 'cin2022_23',
    message: 'Activity shown after a case has been closed',
    affectedFields: [
      'CINclosureDate',
      'DateOfInitialCPC',
      'AssessmentActualStartDate',
      'AssessmentAuthorisationDate',
      'S47ActualStartDate',
      'CPPendDate',
      'CINPlanStartDate',
      'CINPlanEndDate',
    ],
    module: 'ChildProtectionPlans',
    ruleType: 'Error',
    validate(ctx) {
      if (!ctx.tables.CINdetails) return undefined;
      const episodes = ids(ctx, 'CINdetails', 'episode');
      const closures = dates(ctx, 'CINdetails', 'CINclosureDate');
      // The earliest closure of each episode (one in a real return; hand-made tables may repeat it).
      const closure = new Map<number, number>();
      closures.forEach((d, i) => {
        if (d === null) return;
        const k = episodes[i] as number;
        const cur = closure.get(k);
        if (cur === undefined || d < cur) closure.set(k, d);
      });
      const flags = new Flags();
      // The latest activity date of each closed episode, to find the closures it comes after.
      const latest = new Map<number, number>();
      for (const [name, fields] of ACTIVITY) {
        if (!ctx.tables[name]) continue;
        const columns = fields.map((f) => dates(ctx, name, f));
        ids(ctx, name, 'episode').forEach((k, i) => {
          const closed = closure.get(k);
          if (closed === undefined) return;
          let last = Number.NEGATIVE_INFINITY;
          for (const column of columns) last = Math.max(last, column[i] ?? Number.NEGATIVE_INFINITY);
          if (last === Number.NEGATIVE_INFINITY) return;
          // The whole module is flagged (all its dates), as in the recorded case.
          if (last > closed) flags.add(name, fields, i);
          if (last > (latest.get(k) ?? Number.NEGATIVE_INFINITY)) latest.set(k, last);
        });
      }
      const conferences = dates(ctx, 'CINdetails', 'DateOfInitialCPC');
      closures.forEach((closed, i) => {
        if (closed === null) return;
        const icpc = conferences[i] ?? null;
        const after = latest.get(episodes[i] as number);
        if ((icpc !== null && icpc > closed) || (after !== undefined && after > closed)) {
          flags.add('CINdetails', ['CINclosureDate', 'DateOfInitialCPC'], i);
        }
      });
      return flags.result();
    },
  }),
];
