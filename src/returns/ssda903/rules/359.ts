// An open episode of a child whose 18th birthday fell before the end of the collection year must
// be legal status V2 in placement K2.
import { rowCount } from '../lib/frame.ts';
import { at, col, dobPlus, flagWhere, joined, present } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '359',
    definedIn: 'lac2022_23',
    message:
      'Child being looked after following 18th birthday must be accommodated under section 20(5) ' +
      'of the Children Act 1989 in a community home.',
    affectedFields: ['DEC', 'LS', 'PLACE'],
    tables: ['Header', 'Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.Header) return undefined;
      const dec = col(ctx, 'Episodes', 'DEC');
      const ls = col(ctx, 'Episodes', 'LS');
      const place = col(ctx, 'Episodes', 'PLACE');
      const header = joined(ctx, 'Episodes', 'Header');
      const eighteenth = dobPlus(ctx, 'Header', 18);
      const end = ctx.meta.collectionEnd;
      const flagged = flagWhere(rowCount(ctx, 'Episodes'), (i) => {
        if (present(dec[i]) || (ls[i] === 'V2' && place[i] === 'K2')) return false;
        return (header[i] ?? []).some((h) => {
          const birthday = at(eighteenth, h);
          return birthday !== null && birthday < end;
        });
      });
      return { Episodes: flagged };
    },
  }),
];
