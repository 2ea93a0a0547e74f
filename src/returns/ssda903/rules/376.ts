// A temporary placement for the foster carers' holiday (T3) that lasted more than three weeks.
import { temporaryTooLong } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '376',
    definedIn: 'lac2022_23',
    message:
      'Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed ' +
      'three weeks.',
    affectedFields: ['DECOM', 'PLACE'],
    tables: ['Episodes', 'Header'],
    validate: temporaryTooLong('T3', 21),
  }),
];
