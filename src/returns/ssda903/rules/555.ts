// A child with a freeing order (LS D1) needs a PlacedAdoption record, and while the D1 episode is
// open that record must not show the decision as ceased.

import { ordersWithoutDecision } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '555',
    definedIn: 'lac2022_23',
    message:
      'Freeing order has been granted but there is no date of decision that the child should be placed ' +
      'for adoption.',
    affectedFields: ['CHILD', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
    tables: ['Episodes', 'PlacedAdoption'],
    validate: (ctx) => ordersWithoutDecision(ctx, 'D1'),
  }),
];
