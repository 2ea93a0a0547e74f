// REC X1 (episode ceases, new one begins) needs a next episode starting on the day this one ended;
// a next episode that does start that day needs REC X1; and a child's last episode cannot end X1.
import { at, col, dayCol, episodesInOrder, positions, present } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '388',
    definedIn: 'lac2022_23',
    message: 'Reason episode ceased is coded new episode begins, but there is no continuation episode.',
    affectedFields: ['REC'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const rec = col(ctx, 'Episodes', 'REC');
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const flagged: number[] = [];
      for (const order of episodesInOrder(ctx).values()) {
        // Episodes without a start date count as the child's earliest, as if they started long ago.
        const sorted = order.some((i) => at(decom, i) === null)
          ? [...order.filter((i) => at(decom, i) === null), ...order.filter((i) => at(decom, i) !== null)]
          : order;
        for (let k = 0; k < sorted.length; k++) {
          const i = sorted[k] as number;
          const end = at(dec, i);
          if (end === null) continue;
          const next = sorted[k + 1];
          if (next === undefined) {
            if (rec[i] === 'X1') flagged.push(i);
            continue;
          }
          const nextStart = at(decom, next) ?? Number.NEGATIVE_INFINITY;
          if (rec[i] === 'X1' && end !== nextStart) flagged.push(i);
          if (present(rec[i]) && rec[i] !== 'X1' && end === nextStart) flagged.push(i);
        }
      }
      return { Episodes: positions(flagged) };
    },
  }),
];
