// A care leaver the council is in touch with (YES) must not have activity or accommodation 0.
import { rowCount } from '../lib/frame.ts';
import { col, flagWhere } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '345',
    definedIn: 'lac2022_23',
    message:
      'The data collection record shows the local authority is in touch with this young person, ' +
      'but activity and/or accommodation data items are zero.',
    affectedFields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
    tables: ['OC3'],
    validate(ctx) {
      if (!ctx.tables.OC3) return undefined;
      const inTouch = col(ctx, 'OC3', 'IN_TOUCH');
      const activ = col(ctx, 'OC3', 'ACTIV');
      const accom = col(ctx, 'OC3', 'ACCOM');
      const flagged = flagWhere(
        rowCount(ctx, 'OC3'),
        (i) => inTouch[i] === 'YES' && (activ[i] === '0' || accom[i] === '0'),
      );
      return { OC3: flagged };
    },
  }),
];
