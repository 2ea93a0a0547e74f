// Every episode but a child's last must have both DEC and REC (episodes without a valid DECOM are ignored).
import { column } from '../lib/frame.ts';
import { childRows, dayCol } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const ascending = (a: number, b: number) => a - b;

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Episodes) return undefined;
  const decom = dayCol(ctx, 'Episodes', 'DECOM');
  const dec = dayCol(ctx, 'Episodes', 'DEC');
  const rec = column(ctx, 'Episodes', 'REC');
  const flagged: number[] = [];
  for (const positions of childRows(ctx, 'Episodes').values()) {
    // The last episode in DECOM order; an unreadable DECOM sorts last, ties go to the later row.
    let last = -1;
    let lastKey = Number.NEGATIVE_INFINITY;
    for (const i of positions) {
      const key = decom[i] ?? Number.POSITIVE_INFINITY;
      if (key >= lastKey) {
        last = i;
        lastKey = key;
      }
    }
    for (const i of positions) {
      if (i === last || (decom[i] ?? null) === null) continue;
      if ((dec[i] ?? null) === null || (rec[i] ?? null) === null) flagged.push(i);
    }
  }
  return { Episodes: flagged.sort(ascending) };
}

export const versions = [
  defineRule({
    code: '142',
    definedIn: 'lac2022_23',
    message: 'A new episode has started, but the previous episode has not ended.',
    affectedFields: ['DEC', 'REC'],
    tables: ['Episodes'],
    validate: check,
  }),
];
