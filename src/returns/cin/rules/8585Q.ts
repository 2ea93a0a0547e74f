// Queries an episode closed because the child died (RC2) when the child has no date of death.
import { col, dates, Flags, groups, ids } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8585Q',
    definedIn: 'cin2022_23',
    message:
      'Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, ' +
      'however child has no recorded Date of Death',
    affectedFields: ['ReasonForClosure', 'PersonDeathDate'],
    module: 'CINdetails',
    ruleType: 'Query',
    validate(ctx) {
      const cin = ctx.tables.CINdetails;
      if (!ctx.tables.ChildIdentifiers || !cin) return undefined;
      const ciChildren = ids(ctx, 'ChildIdentifiers', 'child');
      const deaths = dates(ctx, 'ChildIdentifiers', 'PersonDeathDate');
      const dead = new Set(ciChildren.filter((_, i) => deaths[i] !== null));
      const ciByChild = groups(ctx, 'ChildIdentifiers', 'child');
      const cinChildren = ids(ctx, 'CINdetails', 'child');
      const flags = new Flags();
      const reasons = col(ctx, 'CINdetails', 'ReasonForClosure');
      for (let i = 0; i < cin.rows.length; i++) {
        const k = cinChildren[i] as number;
        if (reasons[i] !== 'RC2' || dead.has(k)) continue;
        flags.add('CINdetails', 'ReasonForClosure', i);
        for (const c of ciByChild[k] ?? []) flags.add('ChildIdentifiers', 'PersonDeathDate', c);
      }
      return flags.result();
    },
  }),
];
