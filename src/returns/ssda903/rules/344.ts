// A care leaver who died (DIED) or returned home (RHOM) must have activity and accommodation both
// recorded as 0.
import { rowCount } from '../lib/frame.ts';
import { col, flagWhere, isIn } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

const DIED_OR_HOME = new Set(['DIED', 'RHOM']);

export const versions = [
  defineRule({
    code: '344',
    definedIn: 'lac2022_23',
    message:
      'The record shows the young person has died or returned home to live with parent(s) or ' +
      'someone with parental responsibility for a continuous period of 6 months or more, but ' +
      'activity and/or accommodation on leaving care have been completed.',
    affectedFields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
    tables: ['OC3'],
    validate(ctx) {
      if (!ctx.tables.OC3) return undefined;
      const inTouch = col(ctx, 'OC3', 'IN_TOUCH');
      const activ = col(ctx, 'OC3', 'ACTIV');
      const accom = col(ctx, 'OC3', 'ACCOM');
      const flagged = flagWhere(
        rowCount(ctx, 'OC3'),
        (i) => isIn(inTouch[i], DIED_OR_HOME) && (activ[i] !== '0' || accom[i] !== '0'),
      );
      return { OC3: flagged };
    },
  }),
];
