// No episode may follow an adoption (REC E11/E12) in this or last year's data, except the adoption itself.
import { dmy } from '../../common/dates.ts';
import type { Row } from '../../common/table.ts';
import { cell, childOf } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const ascending = (a: number, b: number) => a - b;
const ADOPTED = new Set(['E11', 'E12']);

interface Ep {
  readonly start: number;
  readonly adopted: boolean;
  /** Position in this year's Episodes, or -1 for last year's. */
  readonly current: number;
}

function isAdoption(row: Row | undefined): boolean {
  const rec = cell(row, 'REC');
  return rec !== null && ADOPTED.has(rec);
}

function check(ctx: Context903): Flags903 | undefined {
  const eps = ctx.tables.Episodes;
  if (!eps) return undefined;
  const tables = [eps, ctx.tables.Episodes_last].filter((t) => t !== undefined);
  // Only children adopted in either year can have an episode after an adoption.
  const adopted = new Set<string>();
  for (const t of tables) {
    for (const row of t.rows) {
      const child = isAdoption(row) ? childOf(row) : null;
      if (child !== null) adopted.add(child);
    }
  }
  if (adopted.size === 0) return { Episodes: [] };
  // This year's episodes first, so that on the same DECOM they sort before last year's.
  const byChild = new Map<string, Ep[]>();
  tables.forEach((t, k) => {
    t.rows.forEach((row, i) => {
      const child = childOf(row);
      if (child === null || !adopted.has(child)) return;
      const start = dmy(cell(row, 'DECOM'));
      if (start === null) return;
      const ep = { start, adopted: isAdoption(row), current: k === 0 ? i : -1 };
      const list = byChild.get(child);
      if (list) list.push(ep);
      else byChild.set(child, [ep]);
    });
  });
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
