// Placements in England needing Ofsted registration must record URN (episodes open or ending in the year).
import { cell, dayCol, flagRows, oneOf, present } from '../lib/shared-a.ts';
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
    const eps = ctx.tables.Episodes;
    if (!eps) return undefined;
    const dec = dayCol(ctx, 'Episodes', 'DEC');
    const start = ctx.meta.collectionStart;
    return {
      Episodes: flagRows(eps, (r, i) => {
        const d = dec[i] ?? null;
        const current = !present(r, 'DEC') || (d !== null && d >= start);
        return current && !present(r, 'URN') && !oneOf(r, 'PLACE', exemptSet) && !outside(cell(r, 'PL_LA'));
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
