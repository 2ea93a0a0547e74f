// DEC and REC must be both given or both blank.
import { flagRows, present } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  const eps = ctx.tables.Episodes;
  if (!eps) return undefined;
  return { Episodes: flagRows(eps, (r) => present(r, 'DEC') !== present(r, 'REC')) };
}

export const versions = [
  defineRule({
    code: '148',
    definedIn: 'lac2022_23',
    message: 'Date episode ceased and reason episode ceased must both be coded, or both left blank.',
    affectedFields: ['DEC', 'REC'],
    tables: ['Episodes'],
    validate: check,
  }),
];
