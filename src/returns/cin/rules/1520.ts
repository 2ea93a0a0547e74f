// A UPN must not be used by more than one child record in the return. Compares children with each
// other, so in batches it lists the return's UPNs (as numbers, when they have the usual shape) and
// compares them at the end (see lib/across.ts).
import { flagRows, RepeatedValues, validateAcross } from '../lib/across.ts';
import { upnNumber } from '../lib/codes.ts';
import { col } from '../lib/derived.ts';
import { type AcrossChildrenCin, defineRule } from '../rule.ts';

const acrossChildren: AcrossChildrenCin = {
  tables: ['ChildIdentifiers'],
  flags: ['ChildIdentifiers'],
  start() {
    const upns = new RepeatedValues(upnNumber);
    return {
      add({ ctx, position }) {
        const upn = col(ctx, 'ChildIdentifiers', 'UPN');
        for (let i = 0; i < upn.length; i++) upns.add(upn[i], position('ChildIdentifiers', i));
      },
      finish: () => flagRows('ChildIdentifiers', 'UPN', upns.positions()),
    };
  },
};

export const versions = [
  defineRule({
    code: '1520',
    definedIn: 'cin2022_23',
    message: 'More than one record with the same UPN.',
    affectedFields: ['UPN'],
    module: 'ChildIdentifiers',
    ruleType: 'Error',
    acrossChildren,
    validate: validateAcross(acrossChildren),
  }),
];
