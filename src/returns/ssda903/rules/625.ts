// A mother's first child's date of birth (MC_DOB) must not be after 31 March or after the date the
// young person's latest episode ended.

import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { at, childGroups, dayCol } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '625',
    definedIn: 'lac2022_23',
    message:
      'Date of birth of the first child is beyond the end of this reporting year or the date the child ' +
      'ceased to be looked after.',
    affectedFields: ['MC_DOB', 'DEC'],
    tables: ['Episodes', 'Header'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.Header) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const mcDobs = dayCol(ctx, 'Header', 'MC_DOB');
      const children = column(ctx, 'Header', 'CHILD');
      const eps = childGroups(ctx, 'Episodes');
      // The child's latest episode: the one that started last; without start dates, the one that ended last.
      const latestOf = (child: string): number | null => {
        let best: number | null = null;
        for (const p of eps.get(child) ?? []) {
          if (best === null) {
            best = p;
            continue;
          }
          const start = at(decom, p);
          const bestStart = at(decom, best);
          const end = at(dec, p);
          const bestEnd = at(dec, best);
          if (
            (start !== null && (bestStart === null || start > bestStart)) ||
            (start === null && bestStart === null && end !== null && (bestEnd === null || end > bestEnd))
          ) {
            best = p;
          }
        }
        return best;
      };
      const epFlags = new Set<number>();
      const headerFlags = flagWhere(rowCount(ctx, 'Header'), (i) => {
        const mcDob = at(mcDobs, i);
        if (mcDob === null) return false;
        const child = children[i] ?? null;
        const last = child === null ? null : latestOf(child);
        const lastEnd = last === null ? null : at(dec, last);
        const bad = mcDob > ctx.meta.collectionEnd || (lastEnd !== null && mcDob > lastEnd);
        if (bad && last !== null) epFlags.add(last);
        return bad;
      });
      return { Header: headerFlags, Episodes: [...epFlags].sort((a, b) => a - b) };
    },
  }),
];
