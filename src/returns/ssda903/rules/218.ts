// Placements in England needing Ofsted registration must record URN (episodes open or ending in the year).
import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const EXEMPT_2022 = ['H5', 'P1', 'P2', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4', 'Z1'];
const EXEMPT_2024 = ['P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4', 'Z1'];
const EXEMPT_2025 = ['P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14'];
const OUTSIDE_ENGLAND = new Set(['CON', 'NIR', 'SCO', 'WAL', 'NUK']);

/**
 * Until 2024/25 a placement is outside England when PL_LA starts N, W, S or C; the sector validator
 * reads a blank PL_LA as the text 'nan', so a blank counts as outside England too.
 */
function outsideByPrefix(plLa: string | null): boolean {
  return plLa === null || /^[NWSC]/.test(plLa.toUpperCase());
}

/** From 2025/26 the DfE lists the non-English codes. */
function outsideByCode(plLa: string | null): boolean {
  return plLa !== null && OUTSIDE_ENGLAND.has(plLa.toUpperCase());
}

function urnRequired(exempt: readonly string[], outside: (plLa: string | null) => boolean) {
  const exemptSet = new Set(exempt);
  return (ctx: Context903): Flags903 | undefined => {
    if (!ctx.tables.Episodes) return undefined;
    const decCells = column(ctx, 'Episodes', 'DEC');
    const urn = column(ctx, 'Episodes', 'URN');
    const place = column(ctx, 'Episodes', 'PLACE');
    const plLa = column(ctx, 'Episodes', 'PL_LA');
    const dec = dayCol(ctx, 'Episodes', 'DEC');
    const start = ctx.meta.collectionStart;
    return {
      Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => {
        const d = dec[i] ?? null;
        const current = (decCells[i] ?? null) === null || (d !== null && d >= start);
        return (
          current && (urn[i] ?? null) === null && !isIn(place[i], exemptSet) && !outside(plLa[i] ?? null)
        );
      }),
    };
  };
}

export const versions = [
  defineRule({
    code: '218',
    definedIn: 'lac2022_23',
    message: 'Ofsted Unique reference number (URN) is required.',
    affectedFields: ['URN'],
    tables: ['Episodes'],
    validate: urnRequired(EXEMPT_2022, outsideByPrefix),
  }),
  defineRule({
    code: '218',
    definedIn: 'lac2024_25',
    message: 'Ofsted Unique reference number (URN) is required.',
    affectedFields: ['URN'],
    tables: ['Episodes'],
    validate: urnRequired(EXEMPT_2024, outsideByPrefix),
  }),
  defineRule({
    code: '218',
    definedIn: 'lac2025_26',
    message: 'Ofsted Unique reference number (URN) is required.',
    affectedFields: ['URN'],
    tables: ['Episodes'],
    validate: urnRequired(EXEMPT_2025, outsideByCode),
  }),
];
