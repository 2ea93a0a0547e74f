// An LA child ID must not be used by more than one child record in the return. Compares children
// with each other, so in batches it lists the return's LAchildIDs and compares them at the end (see
// lib/across.ts).
import { flagRows, RepeatedValues, validateAcross } from '../lib/across.ts';
import { col } from '../lib/derived.ts';
import { type AcrossChildrenCin, defineRule } from '../rule.ts';

const acrossChildren: AcrossChildrenCin = {
  tables: ['ChildIdentifiers'],
  flags: ['ChildIdentifiers'],
  start() {
    const ids = new RepeatedValues();
    return {
      add({ ctx, position }) {
        const id = col(ctx, 'ChildIdentifiers', 'LAchildID');
        for (let i = 0; i < id.length; i++) ids.add(id[i], position('ChildIdentifiers', i));
      },
      finish: () => flagRows('ChildIdentifiers', 'LAchildID', ids.positions()),
    };
  },
};

export const versions = [
  defineRule({
    code: '8510',
    definedIn: 'cin2022_23',
    message: 'More than one child record with the same LA Child ID',
    affectedFields: ['LAchildID'],
    module: 'ChildIdentifiers',
    ruleType: 'Error',
    acrossChildren,
    validate: validateAcross(acrossChildren),
  }),
];
