// Return level: the child protection plans starting in the census year must not outnumber the
// initial child protection conferences held in it (counted on both CINdetails and Section47).
import { day, laLevel } from '../lib/derived.ts';
import { type CinTable, defineRule, type MetaCin } from '../rule.ts';

function countInYear(table: CinTable, field: string, meta: MetaCin): number {
  let n = 0;
  for (const row of table.rows) {
    const d = day(row, field);
    if (d !== null && d >= meta.collectionStart && d <= meta.collectionEnd) n++;
  }
  return n;
}

export const versions = [
  defineRule({
    code: '2883',
    definedIn: 'cin2022_23',
    message: 'There are more child protection plans starting than initial conferences taking place',
    affectedFields: ['CPPstartDate', 'DateOfInitialCPC'],
    module: 'ChildProtectionPlans',
    ruleType: 'Error',
    validate({ tables, meta }) {
      const { ChildProtectionPlans: cpp, CINdetails: cin, Section47: s47 } = tables;
      if (!cpp || !cin || !s47) return undefined;
      const plans = countInYear(cpp, 'CPPstartDate', meta);
      const conferences =
        countInYear(cin, 'DateOfInitialCPC', meta) + countInYear(s47, 'DateOfInitialCPC', meta);
      return laLevel(plans > conferences);
    },
  }),
];
