// A girl looked after other than only under short breaks (legal status V3/V4) must have the
// MOTHER field completed (sex coded 2 up to 2023/24, F from 2024/25).
import type { Cell } from '../../common/table.ts';
import { rowCount } from '../lib/frame.ts';
import { col, flagWhere, joined, present, V3_V4 } from '../lib/shared-b.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

/** Legal status V3 or V4 (short breaks), in either case. */
function shortBreak(ls: Cell | undefined): boolean {
  return ls !== null && ls !== undefined && (V3_V4.has(ls) || V3_V4.has(ls.toUpperCase()));
}

function motherMissing(female: string): (ctx: Context903) => Flags903 | undefined {
  return (ctx) => {
    if (!ctx.tables.Header || !ctx.tables.Episodes) return undefined;
    const ls = col(ctx, 'Episodes', 'LS');
    const episodes = joined(ctx, 'Header', 'Episodes');
    const sex = col(ctx, 'Header', 'SEX');
    const mother = col(ctx, 'Header', 'MOTHER');
    const flagged = flagWhere(
      rowCount(ctx, 'Header'),
      (h) => sex[h] === female && !present(mother[h]) && (episodes[h] ?? []).some((i) => !shortBreak(ls[i])),
    );
    return { Header: flagged };
  };
}

export const versions = [
  defineRule({
    code: '393',
    definedIn: 'lac2022_23',
    message: 'Child is looked after but mother field is not completed.',
    affectedFields: ['MOTHER'],
    tables: ['Header', 'Episodes'],
    validate: motherMissing('2'),
  }),
  defineRule({
    code: '393',
    definedIn: 'lac2024_25',
    message: 'Child is looked after but mother field is not completed.',
    affectedFields: ['MOTHER'],
    tables: ['Header', 'Episodes'],
    validate: motherMissing('F'),
  }),
];
