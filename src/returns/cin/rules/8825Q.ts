// Queries an episode closed with RC8 or RC9 (closed after assessment) that has no assessment.
import { col, Flags, groups, ids } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8825Q',
    definedIn: 'cin2022_23',
    message:
      'Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed ' +
      'after assessment) or RC9 (case closed after assessment, referred to early help) has been returned ' +
      'but there is no assessment present for the episode.',
    affectedFields: ['ReasonForClosure'],
    module: 'CINdetails',
    ruleType: 'Query',
    validate(ctx) {
      const n = ctx.tables.CINdetails?.rows.length;
      if (n === undefined || !ctx.tables.Assessments) return undefined;
      const assessed = groups(ctx, 'Assessments', 'episode');
      const episode = ids(ctx, 'CINdetails', 'episode');
      const reason = col(ctx, 'CINdetails', 'ReasonForClosure');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const r = reason[i]?.toUpperCase();
        if ((r === 'RC8' || r === 'RC9') && assessed[episode[i]!] === undefined)
          flags.add('CINdetails', 'ReasonForClosure', i);
      }
      return flags.result();
    },
  }),
];
