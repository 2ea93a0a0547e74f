// An episode closed after assessment with no further action (RC8) or with a referral to early help
// (RC9) must show no later activity: no initial child protection conference on the episode and no
// Section47, child protection plan or CIN plan module in it.
import { dates, Flags, ids, str } from '../lib/derived.ts';
import { groupRows } from '../lib/rows-a.ts';
import { defineRule } from '../rule.ts';

const CLOSED_AFTER_ASSESSMENT: ReadonlySet<string> = new Set(['RC8', 'RC9']);

export const versions = [
  defineRule({
    code: '2990',
    definedIn: 'cin2022_23',
    message:
      'Activity is recorded against a case marked as ‘Case closed after assessment, no further action’ or ' +
      "'case closed after assessment, referred to early help'.",
    affectedFields: ['ReasonForClosure'],
    module: 'CINdetails',
    ruleType: 'Error',
    validate(ctx) {
      const cin = ctx.tables.CINdetails;
      if (!cin) return undefined;
      const reasons = cin.rows.map((row) => str(row, 'ReasonForClosure') ?? '');
      const closed = groupRows(ids(ctx, 'CINdetails', 'episode'), (i) =>
        CLOSED_AFTER_ASSESSMENT.has(reasons[i] ?? ''),
      );
      const flags = new Flags();
      const active = new Set<number>();
      // Activity modules are flagged at LAchildID, as the recorded case does: the whole module is the
      // problem, not one of its dates.
      for (const name of ['Section47', 'ChildProtectionPlans', 'CINplanDates'] as const) {
        ids(ctx, name, 'episode').forEach((k, i) => {
          if (!closed.has(k)) return;
          active.add(k);
          flags.add(name, 'LAchildID', i);
        });
      }
      // The episode itself is flagged at DateOfInitialCPC (where the recorded case puts it), whether
      // its own conference date or a module of the episode is the activity.
      const conferences = dates(ctx, 'CINdetails', 'DateOfInitialCPC');
      for (const [k, rows] of closed) {
        for (const i of rows) {
          if (active.has(k) || (conferences[i] ?? null) !== null)
            flags.add('CINdetails', 'DateOfInitialCPC', i);
        }
      }
      return flags.result();
    },
  }),
];
