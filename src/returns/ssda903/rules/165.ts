// MOTHER, when given, must be 0 or 1 and only for a female; a female in care during the year needs it.
import { column, isIn, rowCount, trimmedChildKeys } from '../lib/frame.ts';
import { childRows, dayCol } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const ascending = (a: number, b: number) => a - b;
const SHORT_BREAK = new Set(['V3', 'V4']);
const MALE = new Set(['1', 'M']);
const FEMALE = new Set(['2', 'F']);
const OC3_FIELDS = ['IN_TOUCH', 'ACTIV', 'ACCOM'];

/**
 * Judged for children with at least one episode other than a short break: a Header row is flagged
 * when MOTHER is given but not 0/1, given for a male, missing for a female looked after during the
 * year, or given for a female not looked after during the year who has care leaver (OC3) data.
 * The child's OC3 rows are flagged alongside. (SEX is 1/2 until 2023/24 and M/F from 2024/25.)
 */
function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Header || !ctx.tables.Episodes || !ctx.tables.OC3) return undefined;
  const { collectionStart: start, collectionEnd: end } = ctx.meta;
  const children = trimmedChildKeys(ctx, 'Header');
  const mothers = column(ctx, 'Header', 'MOTHER');
  const sex = column(ctx, 'Header', 'SEX');
  const decom = dayCol(ctx, 'Episodes', 'DECOM');
  const dec = dayCol(ctx, 'Episodes', 'DEC');
  const lsCol = column(ctx, 'Episodes', 'LS');
  const oc3Cols = OC3_FIELDS.map((f) => column(ctx, 'OC3', f));
  const epsByChild = childRows(ctx, 'Episodes');
  const oc3ByChild = childRows(ctx, 'OC3');
  const hasOc3Data = (rows: readonly number[]) =>
    rows.some((j) => oc3Cols.some((c) => (c[j] ?? null) !== null));
  const headerFlags: number[] = [];
  const oc3Flags = new Set<number>();
  const n = rowCount(ctx, 'Header');
  for (let h = 0; h < n; h++) {
    const child = children[h] ?? null;
    const mother = mothers[h] ?? null;
    const female = isIn(sex[h], FEMALE);
    if (child === null || (mother === null && !female)) continue;
    // Only children with an episode other than a short break are judged.
    let episodes = 0;
    let inYear = false;
    for (const i of epsByChild.get(child) ?? []) {
      const ls = lsCol[i] ?? null;
      if (ls !== null && SHORT_BREAK.has(ls.toUpperCase())) continue;
      episodes++;
      const s = decom[i] ?? null;
      const e = dec[i] ?? end;
      if (s !== null && s <= end && e >= start) inYear = true;
    }
    if (episodes === 0) continue;
    const leaver = oc3ByChild.get(child) ?? [];
    const wrong =
      (mother !== null && mother !== '0' && mother !== '1') ||
      (mother !== null && isIn(sex[h], MALE)) ||
      (mother === null && female && inYear) ||
      (mother !== null && female && !inYear && hasOc3Data(leaver));
    if (!wrong) continue;
    headerFlags.push(h);
    for (const j of leaver) oc3Flags.add(j);
  }
  return { Header: headerFlags, OC3: [...oc3Flags].sort(ascending) };
}

export const versions = [
  defineRule({
    code: '165',
    definedIn: 'lac2022_23',
    message: 'Data entry for mother status is invalid.',
    affectedFields: ['MOTHER', 'SEX', 'ACTIV', 'ACCOM', 'IN_TOUCH', 'DECOM'],
    tables: ['Header', 'Episodes', 'OC3'],
    validate: check,
  }),
];
