// Every child in ChildIdentifiers must have at least one CINdetails module.
import { Flags, ids } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8590',
    definedIn: 'cin2022_23',
    message: 'Child does not have a recorded CIN episode.',
    affectedFields: ['LAchildID'],
    module: 'ChildIdentifiers',
    ruleType: 'Error',
    validate(ctx) {
      if (!ctx.tables.ChildIdentifiers || !ctx.tables.CINdetails) return undefined;
      const withEpisode = new Set(ids(ctx, 'CINdetails', 'child'));
      const flags = new Flags();
      ids(ctx, 'ChildIdentifiers', 'child').forEach((k, i) => {
        if (!withEpisode.has(k)) flags.add('ChildIdentifiers', 'LAchildID', i);
      });
      return flags.result();
    },
  }),
];
