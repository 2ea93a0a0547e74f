// Return level: more than 2% of child records have no sex (gender before 2024/25) recorded and no
// expected date of birth (unborn children, who have an expected date of birth, are not counted). A
// share of the whole return, so in batches it keeps two running counts.
import { validateAcross } from '../lib/across.ts';
import { laLevel, str } from '../lib/derived.ts';
import { type AcrossChildrenCin, type CinRow, defineRule } from '../rule.ts';

function shareWithout(missing: (row: CinRow) => boolean): AcrossChildrenCin {
  return {
    tables: ['ChildIdentifiers'],
    flags: [],
    start() {
      let records = 0;
      let without = 0;
      return {
        add({ ctx }) {
          const rows = ctx.tables.ChildIdentifiers?.rows ?? [];
          records += rows.length;
          for (const row of rows) if (missing(row) && str(row, 'ExpectedPersonBirthDate') === null) without++;
        },
        finish: () => laLevel(records > 0 && without / records > 0.02),
      };
    },
  };
}

// GenderCurrent 0 is "not recorded or unborn".
const noSex = shareWithout((row) => {
  const sex = str(row, 'Sex');
  return sex === null || sex === 'U';
});
const noGender = shareWithout((row) => {
  const gender = str(row, 'GenderCurrent');
  return gender === null || gender === '0';
});

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
    acrossChildren: noSex,
    validate: validateAcross(noSex),
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
    acrossChildren: noGender,
    validate: validateAcross(noGender),
  }),
];
