// Return level: the child protection plans starting in the census year must not outnumber the
// initial child protection conferences held in it (counted on both CINdetails and Section47). Counts
// over the whole return, so in batches it keeps two running totals.
import { validateAcross } from '../lib/across.ts';
import { dates, laLevel } from '../lib/derived.ts';
import { type AcrossChildrenCin, type ContextCin, defineRule } from '../rule.ts';
import type { TableNameCin } from '../tables.ts';

function countInYear(ctx: ContextCin, table: TableNameCin, field: string): number {
  const { collectionStart, collectionEnd } = ctx.meta;
  let n = 0;
  for (const d of dates(ctx, table, field)) if (d !== null && d >= collectionStart && d <= collectionEnd) n++;
  return n;
}

const acrossChildren: AcrossChildrenCin = {
  tables: ['ChildProtectionPlans', 'CINdetails', 'Section47'],
  flags: [],
  start() {
    let plans = 0;
    let conferences = 0;
    return {
      add({ ctx }) {
        plans += countInYear(ctx, 'ChildProtectionPlans', 'CPPstartDate');
        conferences +=
          countInYear(ctx, 'CINdetails', 'DateOfInitialCPC') +
          countInYear(ctx, 'Section47', 'DateOfInitialCPC');
      },
      finish: () => laLevel(plans > conferences),
    };
  },
};

export const versions = [
  defineRule({
    code: '2883',
    definedIn: 'cin2022_23',
    message: 'There are more child protection plans starting than initial conferences taking place',
    affectedFields: ['CPPstartDate', 'DateOfInitialCPC'],
    module: 'ChildProtectionPlans',
    ruleType: 'Error',
    acrossChildren,
    validate: validateAcross(acrossChildren),
  }),
];
