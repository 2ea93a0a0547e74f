// DEC and REC must be both given or both blank.
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Episodes) return undefined;
  const dec = column(ctx, 'Episodes', 'DEC');
  const rec = column(ctx, 'Episodes', 'REC');
  return {
    Episodes: flagWhere(
      rowCount(ctx, 'Episodes'),
      (i) => ((dec[i] ?? null) !== null) !== ((rec[i] ?? null) !== null),
    ),
  };
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
