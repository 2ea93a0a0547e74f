// A closed CIN episode must have no assessment without an authorisation (completion) date.
import { dates, Flags, groupWhere, ids } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8867',
    definedIn: 'cin2022_23',
    message: 'CIN episode is shown as closed, however Assessment is not shown as completed',
    affectedFields: ['CINclosureDate', 'AssessmentAuthorisationDate'],
    module: 'CINdetails',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.CINdetails?.rows.length;
      if (n === undefined || !ctx.tables.Assessments) return undefined;
      const authorised = dates(ctx, 'Assessments', 'AssessmentAuthorisationDate');
      const unfinished = groupWhere(ids(ctx, 'Assessments', 'episode'), (i) => authorised[i] == null);
      const closed = dates(ctx, 'CINdetails', 'CINclosureDate');
      const episode = ids(ctx, 'CINdetails', 'episode');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        if (closed[i] == null) continue;
        const open = unfinished[episode[i]!];
        if (!open) continue;
        flags.add('CINdetails', 'CINclosureDate', i);
        for (const a of open) flags.add('Assessments', 'AssessmentAuthorisationDate', a);
      }
      return flags.result();
    },
  }),
];
