// An H5 placement in England open on or after 29 October 2023 needs an Ofsted URN (not 'XXXXXXX').
// Placements whose LA is missing or outside England (codes starting N, W or S) are not checked.
import { dmy } from '../../common/dates.ts';
import { rowCount } from '../lib/frame.ts';
import { at, col, dayCol, flagWhere, present } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

const CUT_OFF = dmy('29/10/2023') as number;

export const versions = [
  defineRule({
    code: '230',
    definedIn: 'lac2023_24',
    message:
      'Ofsted Unique reference number (URN) is required for any English H5 placements from 28 ' +
      'October 2023.',
    affectedFields: ['PLACE', 'DEC', 'URN'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const place = col(ctx, 'Episodes', 'PLACE');
      const urn = col(ctx, 'Episodes', 'URN');
      const placeLa = col(ctx, 'Episodes', 'PL_LA');
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const flagged = flagWhere(rowCount(ctx, 'Episodes'), (i) => {
        if (place[i] !== 'H5') return false;
        const end = at(dec, i);
        if (end !== null && end < CUT_OFF) return false;
        const u = urn[i];
        if (present(u) && u !== 'XXXXXXX') return false;
        const la = placeLa[i];
        return present(la) && !/^[NWS]/i.test(la as string);
      });
      return { Episodes: flagged };
    },
  }),
];
