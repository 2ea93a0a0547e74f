// An initial child protection conference date must not be recorded on both a Section47 module and
// a CINdetails module of the same child.
import { dates, Flags, ids } from '../lib/derived.ts';
import { type ContextCin, defineRule } from '../rule.ts';
import type { TableNameCin } from '../tables.ts';

/** Child + conference date for each row with a conference date (null otherwise). */
function childDates(ctx: ContextCin, name: TableNameCin): (string | null)[] {
  const keys = ids(ctx, name, 'child');
  return dates(ctx, name, 'DateOfInitialCPC').map((d, i) => (d === null ? null : `${keys[i]}\u0000${d}`));
}

export const versions = [
  defineRule({
    code: '2884',
    definedIn: 'cin2022_23',
    message:
      'An initial child protection conference is recorded at both the S47 and CIN Details level and it ' +
      'should only be recorded in one',
    affectedFields: ['DateOfInitialCPC'],
    module: 'Section47',
    ruleType: 'Error',
    validate(ctx) {
      if (!ctx.tables.Section47 || !ctx.tables.CINdetails) return undefined;
      // The same child and the same conference date, in any episode: the recorded case flags a
      // Section47 date that matches the CINdetails date of another episode of the child, so the
      // match is made per child rather than per CINdetails module.
      const onS47 = childDates(ctx, 'Section47');
      const onCin = childDates(ctx, 'CINdetails');
      const s47Set = new Set(onS47);
      const cinSet = new Set(onCin);
      const flags = new Flags();
      onS47.forEach((k, i) => {
        if (k !== null && cinSet.has(k)) flags.add('Section47', 'DateOfInitialCPC', i);
      });
      onCin.forEach((k, i) => {
        if (k !== null && s47Set.has(k)) flags.add('CINdetails', 'DateOfInitialCPC', i);
      });
      return flags.result();
    },
  }),
];
