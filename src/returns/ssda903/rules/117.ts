// DATE_PLACED(_CEASED) must not be after 31 March nor after the DEC of the latest episode (REC not X1).
import { column } from '../lib/frame.ts';
import { childRows, dayCol } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const ascending = (a: number, b: number) => a - b;

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Episodes || !ctx.tables.PlacedAdoption) return undefined;
  const decom = dayCol(ctx, 'Episodes', 'DECOM');
  const dec = dayCol(ctx, 'Episodes', 'DEC');
  const rec = column(ctx, 'Episodes', 'REC');
  const placed = dayCol(ctx, 'PlacedAdoption', 'DATE_PLACED');
  const ceased = dayCol(ctx, 'PlacedAdoption', 'DATE_PLACED_CEASED');
  const episodesByChild = childRows(ctx, 'Episodes');
  const end = ctx.meta.collectionEnd;
  const epFlags: number[] = [];
  const paFlags = new Set<number>();
  // From the few children with an adoption decision to their episodes, not the other way round.
  childRows(ctx, 'PlacedAdoption').forEach((decisions, child) => {
    const positions = episodesByChild.get(child);
    if (!positions) return;
    // The latest-starting episode, ignoring those without a start date and placement changes (X1).
    let latest = -1;
    let latestStart = Number.NEGATIVE_INFINITY;
    for (const i of positions) {
      const s = decom[i] ?? null;
      if (s === null || rec[i] === 'X1') continue;
      if (s > latestStart) {
        latest = i;
        latestStart = s;
      }
    }
    if (latest < 0) return;
    const ceasedCare = dec[latest] ?? null;
    const tooLate = (day: number | null) =>
      day !== null && (day > end || (ceasedCare !== null && day > ceasedCare));
    let flagged = false;
    for (const j of decisions) {
      if (tooLate(placed[j] ?? null) || tooLate(ceased[j] ?? null)) {
        paFlags.add(j);
        flagged = true;
      }
    }
    if (flagged) epFlags.push(latest);
  });
  return { Episodes: epFlags.sort(ascending), PlacedAdoption: [...paFlags].sort(ascending) };
}

export const versions = [
  defineRule({
    code: '117',
    definedIn: 'lac2022_23',
    message:
      'Date of decision that a child should/should no longer be placed for adoption is beyond the ' +
      'current collection year or after the child ceased to be looked after.',
    affectedFields: ['DATE_PLACED_CEASED', 'DATE_PLACED', 'DEC', 'REC', 'DECOM'],
    tables: ['Episodes', 'PlacedAdoption'],
    validate: check,
  }),
];
