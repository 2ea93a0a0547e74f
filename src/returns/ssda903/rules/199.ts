// No episode may follow an adoption (REC E11/E12) in this or last year's data, except the adoption itself.
import { column, days, isIn, rowCount, trimmedChildKeys } from '../lib/frame.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const ascending = (a: number, b: number) => a - b;
const ADOPTED = new Set(['E11', 'E12']);

interface Ep {
  readonly start: number;
  readonly adopted: boolean;
  /** Position in this year's Episodes, or -1 for last year's. */
  readonly current: number;
}

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Episodes) return undefined;
  const names = (['Episodes', 'Episodes_last'] as const).filter((name) => ctx.tables[name] !== undefined);
  // Only children adopted in either year can have an episode after an adoption.
  const adopted = new Set<string>();
  for (const name of names) {
    const rec = column(ctx, name, 'REC');
    const child = trimmedChildKeys(ctx, name);
    const n = rowCount(ctx, name);
    for (let i = 0; i < n; i++) {
      const c = child[i] ?? null;
      if (c !== null && isIn(rec[i], ADOPTED)) adopted.add(c);
    }
  }
  if (adopted.size === 0) return { Episodes: [] };
  // This year's episodes first, so that on the same DECOM they sort before last year's.
  const byChild = new Map<string, Ep[]>();
  for (const name of names) {
    const rec = column(ctx, name, 'REC');
    const child = trimmedChildKeys(ctx, name);
    const decom = days(ctx, name, 'DECOM');
    const n = rowCount(ctx, name);
    for (let i = 0; i < n; i++) {
      const c = child[i] ?? null;
      if (c === null || !adopted.has(c)) continue;
      const start = decom[i] ?? null;
      if (start === null) continue;
      const ep = { start, adopted: isIn(rec[i], ADOPTED), current: name === 'Episodes' ? i : -1 };
      const list = byChild.get(c);
      if (list) list.push(ep);
      else byChild.set(c, [ep]);
    }
  }
  const flagged: number[] = [];
  for (const list of byChild.values()) {
    list.sort((a, b) => a.start - b.start);
    let adoptions = 0;
    for (const ep of list) {
      if (ep.adopted) adoptions++;
      const after = adoptions > 0 && !(ep.adopted && adoptions === 1);
      if (after && ep.current >= 0) flagged.push(ep.current);
    }
  }
  return { Episodes: flagged.sort(ascending) };
}

export const versions = [
  defineRule({
    code: '199',
    definedIn: 'lac2022_23',
    message:
      'Episode information shows child has been previously adopted from care. [NOTE: This only tests ' +
      'the current and previous year data loaded into the tool]',
    affectedFields: ['CHILD'],
    tables: ['Episodes'],
    validate: check,
  }),
];
