// Return level: more than 2% of child records have no sex (gender before 2024/25) recorded and no
// expected date of birth (unborn children, who have an expected date of birth, are not counted).
import { laLevel, str } from '../lib/derived.ts';
import { type CinRow, defineRule, type ResultCin, type TablesCin } from '../rule.ts';

function shareWithout(tables: TablesCin, missing: (row: CinRow) => boolean): ResultCin | undefined {
  const ci = tables.ChildIdentifiers;
  if (!ci) return undefined;
  if (ci.rows.length === 0) return laLevel(false);
  let n = 0;
  for (const row of ci.rows) if (missing(row) && str(row, 'ExpectedPersonBirthDate') === null) n++;
  return laLevel(n / ci.rows.length > 0.02);
}

export const versions = [
  defineRule({
    code: '2886Q',
    definedIn: 'cin2024_25',
    message:
      'Please check and either amend or provide a reason: Percentage of children with no sex recorded is ' +
      'more than 2% (excluding unborns)',
    // The DfE list also names the ChildIdentifiers table itself here (a defect in its field list).
    affectedFields: ['ExpectedPersonBirthDate', 'Sex'],
    module: 'ChildIdentifiers',
    ruleType: 'Query',
    validate: ({ tables }) =>
      shareWithout(tables, (row) => {
        const sex = str(row, 'Sex');
        return sex === null || sex === 'U';
      }),
  }),
  defineRule({
    code: '2886Q',
    definedIn: 'cin2022_23',
    message:
      'Please check and either amend or provide a reason: Percentage of children with no gender recorded ' +
      'is more than 2% (excluding unborns)',
    affectedFields: ['ExpectedPersonBirthDate', 'GenderCurrent'],
    module: 'ChildIdentifiers',
    ruleType: 'Query',
    // GenderCurrent 0 is "not recorded or unborn".
    validate: ({ tables }) =>
      shareWithout(tables, (row) => {
        const gender = str(row, 'GenderCurrent');
        return gender === null || gender === '0';
      }),
  }),
];
