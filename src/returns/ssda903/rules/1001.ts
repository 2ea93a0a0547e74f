// OC3 care leaver data is only for relevant or former relevant children: looked after for at least 13 weeks
// (91 days) since their 14th birthday, some of it after their 16th, and not adopted (final REC E11/E12).
// Only this year's and last year's episodes (V3/V4 short breaks excluded) can be counted, and children aged
// 20 or over at 31 March are not checked (their qualifying care is older than the data loaded).
import type { DayNumber } from '../../../core/day.ts';
import { plusYears } from '../../common/dates.ts';
import { type Column, column, type Days, flagWhere, rowCount } from '../lib/frame.ts';
import { at, careLeaverRows, childGroups, dayCol, V3_V4 } from '../lib/shared-d.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

interface Ep {
  decom: DayNumber | null;
  dec: DayNumber | null;
  ls: string | null;
  rec: string | null;
}

/** One year's episodes: the columns read and the care leavers' row positions by child. */
interface EpisodeYear {
  decom: Days;
  dec: Days;
  ls: Column;
  rec: Column;
  rows: ReadonlyMap<string, number[]>;
}

const isShortBreak = (ls: string | null): boolean => ls !== null && V3_V4.has(ls.toUpperCase());

/** This year's and last year's episodes, read once per run. */
function episodeYears(ctx: Context903): EpisodeYear[] {
  const years: EpisodeYear[] = [];
  for (const name of ['Episodes', 'Episodes_last'] as const) {
    if (!ctx.tables[name]) continue;
    years.push({
      decom: dayCol(ctx, name, 'DECOM'),
      dec: dayCol(ctx, name, 'DEC'),
      ls: column(ctx, name, 'LS'),
      rec: column(ctx, name, 'REC'),
      rows: name === 'Episodes' ? childGroups(ctx, name) : careLeaverRows(ctx, name),
    });
  }
  return years;
}

/**
 * A child's episodes from both years, one per start date (the one with the earliest end date wins, so a
 * copy still open in last year's return gives way to this year's closed one).
 */
function episodesOf(years: readonly EpisodeYear[], child: string): Ep[] {
  const byStart = new Map<string, Ep>();
  for (const { decom, dec, ls, rec, rows } of years) {
    for (const p of rows.get(child) ?? []) {
      const ep: Ep = { decom: at(decom, p), dec: at(dec, p), ls: ls[p] ?? null, rec: rec[p] ?? null };
      const key = String(ep.decom);
      const seen = byStart.get(key);
      if (!seen || (ep.dec !== null && (seen.dec === null || ep.dec < seen.dec))) byStart.set(key, ep);
    }
  }
  return [...byStart.values()];
}

const TABLES = ['Episodes', 'OC3', 'Header', 'Episodes_last'] as const;

const present = (ctx: Context903): boolean => TABLES.every((t) => ctx.tables[t] !== undefined);

/** Whether a child is under 20 at 31 March, from their date of birth. */
const under20 = (ctx: Context903, dob: DayNumber): boolean => plusYears(dob, 20) > ctx.meta.collectionEnd;

/**
 * What the DfE tool requires of the return as a whole before it judges any OC3 row: this year's
 * episodes, the Header and last year's episodes are not empty, and some child in the Header with a
 * date of birth and under 20 at 31 March has a countable episode (not a short break) this year, or
 * last year. Each is "some row or child has ...", true of the return when true of any part of it.
 */
function facts(ctx: Context903): boolean[] {
  const headerCount = rowCount(ctx, 'Header');
  const previousCount = rowCount(ctx, 'Episodes_last');
  const headerDob = dayCol(ctx, 'Header', 'DOB');
  const headerChild = column(ctx, 'Header', 'CHILD');
  const lsNow = column(ctx, 'Episodes', 'LS');
  const childLast = column(ctx, 'Episodes_last', 'CHILD');
  const lsLast = column(ctx, 'Episodes_last', 'LS');
  const countable = ((): boolean => {
    const groups = childGroups(ctx, 'Episodes');
    const countsNow = (p: number): boolean => !isShortBreak(lsNow[p] ?? null);
    const waiting: string[] = [];
    for (let i = 0; i < headerCount; i++) {
      const child = headerChild[i] ?? null;
      const dob = at(headerDob, i);
      if (child === null || dob === null || !under20(ctx, dob)) continue;
      if ((groups.get(child) ?? []).some(countsNow)) return true;
      waiting.push(child);
    }
    if (waiting.length === 0) return false;
    const lastYear = new Set<string>();
    for (let j = 0; j < previousCount; j++) {
      const child = childLast[j] ?? null;
      if (child !== null && !isShortBreak(lsLast[j] ?? null)) lastYear.add(child);
    }
    return waiting.some((c) => lastYear.has(c));
  })();
  return [rowCount(ctx, 'Episodes') > 0, headerCount > 0, previousCount > 0, countable];
}

/** The OC3 rows of children who are not relevant or former relevant, whatever the return as a whole. */
function flag(ctx: Context903): Flags903 | undefined {
  if (!present(ctx)) return undefined;
  const end = ctx.meta.collectionEnd;
  const headerDob = dayCol(ctx, 'Header', 'DOB');
  const oc3Child = column(ctx, 'OC3', 'CHILD');
  // The check applies to children in the Header with a date of birth and under 20 at 31 March.
  const headerRows = careLeaverRows(ctx, 'Header');
  const dobOf = (child: string): DayNumber | 'too old' | null => {
    for (const p of headerRows.get(child) ?? []) {
      const dob = at(headerDob, p);
      if (dob !== null) return under20(ctx, dob) ? dob : 'too old';
    }
    return null;
  };
  const years = episodeYears(ctx);
  const verdict = new Map<string, boolean>();
  const flagged = (child: string): boolean => {
    const eps = episodesOf(years, child);
    let latest: Ep | null = null;
    for (const ep of eps) {
      if (ep.decom !== null && (latest === null || (latest.decom as number) < ep.decom)) latest = ep;
    }
    if (latest && ['E11', 'E12'].includes((latest.rec ?? '').toUpperCase())) return true;
    const dob = dobOf(child);
    if (dob === 'too old') return false;
    if (dob === null) return true;
    const at14 = plusYears(dob, 14);
    const at16 = plusYears(dob, 16);
    let total14 = 0;
    let total16 = 0;
    for (const ep of eps) {
      if (isShortBreak(ep.ls)) continue;
      // The latest episode, still open, counts up to 31 March.
      const stop = ep.dec ?? (ep === latest ? end : null);
      if (stop === null) continue;
      total14 += Math.max(0, stop - Math.max(ep.decom ?? at14, at14));
      total16 += Math.max(0, stop - Math.max(ep.decom ?? at16, at16));
    }
    return total14 < 91 || total16 < 1;
  };
  return {
    OC3: flagWhere(rowCount(ctx, 'OC3'), (i) => {
      const child = oc3Child[i] ?? null;
      if (child === null) return true;
      let v = verdict.get(child);
      if (v === undefined) {
        v = flagged(child);
        verdict.set(child, v);
      }
      return v;
    }),
  };
}

export const versions = [
  defineRule({
    code: '1001',
    definedIn: 'lac2022_23',
    message:
      'The episodes recorded for this young person suggest they are not a relevant or a former relevant ' +
      'child and therefore should not have care leaver information completed. [NOTE: This tool can only ' +
      'test the current and previous year data loaded into the tool - this check may generate false ' +
      "positives if a child had episodes prior to last year's collection.]",
    affectedFields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
    tables: [...TABLES],
    gatedBy: { facts, flag },
    validate(ctx) {
      if (!present(ctx)) return undefined;
      // With nothing countable in the return, nothing can be judged.
      return facts(ctx).every(Boolean) ? flag(ctx) : { OC3: [] };
    },
  }),
];
