// A temporary placement (T0-T4) must follow a change of placement (RNE P or B), not start a period
// of care or come with a change of legal status only.
import { rowCount } from '../lib/frame.ts';
import { col, flagWhere, isIn, TEMPORARY } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

const PLACEMENT_CHANGE = new Set(['P', 'B']);

export const versions = [
  defineRule({
    code: '380',
    definedIn: 'lac2022_23',
    message: 'A period of care cannot start with a temporary placement.',
    affectedFields: ['PLACE', 'RNE'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const place = col(ctx, 'Episodes', 'PLACE');
      const rne = col(ctx, 'Episodes', 'RNE');
      const flagged = flagWhere(
        rowCount(ctx, 'Episodes'),
        (i) => isIn(place[i], TEMPORARY) && !isIn(rne[i], PLACEMENT_CHANGE),
      );
      return { Episodes: flagged };
    },
  }),
];
