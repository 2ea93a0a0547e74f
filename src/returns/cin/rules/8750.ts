// An unborn child (expected birth date given, no birth date) must be recorded with sex U, or
// before 2024/25 with GenderCurrent 0 ("not recorded or unborn").
import { col, dates, Flags } from '../lib/derived.ts';
import { type ContextCin, defineRule, type ResultCin } from '../rule.ts';

function unbornWithout(
  ctx: ContextCin,
  field: 'Sex' | 'GenderCurrent',
  expected: string,
): ResultCin | undefined {
  const n = ctx.tables.ChildIdentifiers?.rows.length;
  if (n === undefined) return undefined;
  const born = dates(ctx, 'ChildIdentifiers', 'PersonBirthDate');
  const expectedBirth = dates(ctx, 'ChildIdentifiers', 'ExpectedPersonBirthDate');
  const recorded = col(ctx, 'ChildIdentifiers', field);
  const flags = new Flags();
  for (let i = 0; i < n; i++) {
    const unborn = born[i] == null && expectedBirth[i] != null;
    if (unborn && recorded[i]?.toUpperCase() !== expected) {
      flags.add('ChildIdentifiers', [field, 'PersonBirthDate', 'ExpectedPersonBirthDate'], i);
    }
  }
  return flags.result();
}

export const versions = [
  defineRule({
    code: '8750',
    definedIn: 'cin2024_25',
    message: 'Sex must equal U for an unborn child',
    affectedFields: ['Sex', 'PersonBirthDate', 'ExpectedPersonBirthDate'],
    module: 'ChildIdentifiers',
    ruleType: 'Error',
    validate: (ctx) => unbornWithout(ctx, 'Sex', 'U'),
  }),
  defineRule({
    code: '8750',
    definedIn: 'cin2022_23',
    message: 'Gender must equal 0 for an unborn child',
    affectedFields: ['GenderCurrent', 'PersonBirthDate', 'ExpectedPersonBirthDate'],
    module: 'ChildIdentifiers',
    ruleType: 'Error',
    validate: (ctx) => unbornWithout(ctx, 'GenderCurrent', '0'),
  }),
];
