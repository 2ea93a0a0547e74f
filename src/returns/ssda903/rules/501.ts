import { dayCol, episodesInOrder } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '501',
    definedIn: 'lac2022_23',
    message: 'A new episode has started before the end date of the previous episode.',
    affectedFields: ['DECOM', 'DEC'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const flagged: number[] = [];
      for (const ordered of episodesInOrder(ctx)) {
        if (!ordered) continue;
        for (let k = 1; k < ordered.length; k++) {
          const i = ordered[k] as number;
          const start = decom[i] ?? null;
          const previousEnd = dec[ordered[k - 1] as number] ?? null;
          if (start !== null && previousEnd !== null && start < previousEnd) flagged.push(i);
        }
      }
      return { Episodes: flagged.sort((a, b) => a - b) };
    },
  }),
];
