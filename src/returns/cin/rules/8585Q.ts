// Queries an episode closed because the child died (RC2) when the child has no date of death.
import { datesOf, Flags, groupRows, keysOf, str } from '../lib/rows-a.ts';
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
      const ciChildren = keysOf(ctx, 'ChildIdentifiers', 'child');
      const deaths = datesOf(ctx, 'ChildIdentifiers', 'PersonDeathDate');
      const dead = new Set(ciChildren.filter((_, i) => deaths[i] !== null));
      const ciByChild = groupRows(ciChildren);
      const cinChildren = keysOf(ctx, 'CINdetails', 'child');
      const flags = new Flags();
      cin.rows.forEach((row, i) => {
        const k = cinChildren[i] as string;
        if (str(row, 'ReasonForClosure') !== 'RC2' || dead.has(k)) return;
        flags.add('CINdetails', 'ReasonForClosure', i);
        for (const c of ciByChild.get(k) ?? []) flags.add('ChildIdentifiers', 'PersonDeathDate', c);
      });
      return flags.result();
    },
  }),
];
