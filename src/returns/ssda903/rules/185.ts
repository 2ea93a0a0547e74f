// An SDQ score must only be given for a child looked after continuously for 12 months at 31 March.
import { column, flagWhere, isIn, rowCount, trimmedChildKeys } from '../lib/frame.ts';
import { continuouslyLookedAfter } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.OC2 || !ctx.tables.Episodes) return undefined;
  const cla = continuouslyLookedAfter(ctx);
  const children = trimmedChildKeys(ctx, 'OC2');
  const score = column(ctx, 'OC2', 'SDQ_SCORE');
  return {
    OC2: flagWhere(rowCount(ctx, 'OC2'), (i) => (score[i] ?? null) !== null && !isIn(children[i], cla)),
  };
}

export const versions = [
  defineRule({
    code: '185',
    definedIn: 'lac2022_23',
    message:
      'Child has not been looked after continuously for at least 12 months at 31 March but a ' +
      'Strengths and Difficulties (SDQ) score has been completed.',
    affectedFields: ['SDQ_SCORE'],
    tables: ['Episodes', 'OC2'],
    validate: check,
  }),
];
