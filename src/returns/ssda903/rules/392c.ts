// A home or placement postcode that is given but is not in the ONS postcode directory (looked up as the
// DfE tool does: upper-cased, spaces removed).
import { rowCount } from '../lib/frame.ts';
import { col, flagWhere } from '../lib/shared-b.ts';
import { postcodeTable } from '../postcodes.ts';
import { type Context903, defineRule, memo } from '../rule.ts';

/** Whether a postcode is known, looked up once per distinct text in a run. */
function knownPostcode(ctx: Context903): (postcode: string) => boolean {
  const seen = memo(ctx, 'b:postcode:known', () => new Map<string, boolean>());
  return (postcode) => {
    let known = seen.get(postcode);
    if (known === undefined) {
      known = postcodeTable().find(postcode) !== null;
      seen.set(postcode, known);
    }
    return known;
  };
}

export const versions = [
  defineRule({
    code: '392c',
    definedIn: 'lac2022_23',
    message: 'Postcode(s) provided are invalid.',
    affectedFields: ['HOME_POST', 'PL_POST'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const known = knownPostcode(ctx);
      const home = col(ctx, 'Episodes', 'HOME_POST');
      const placement = col(ctx, 'Episodes', 'PL_POST');
      const flagged = flagWhere(rowCount(ctx, 'Episodes'), (i) => {
        const h = home[i];
        const p = placement[i];
        return (h !== null && h !== undefined && !known(h)) || (p !== null && p !== undefined && !known(p));
      });
      return { Episodes: flagged };
    },
  }),
];
