/**
 * Builds src/core/data/bank-holidays-england-and-wales.json in the shape of gov.uk/bank-holidays.json.
 *
 * The committed file is the source of truth at run time (kith never fetches the calendar). This script
 * exists so the file can be regenerated and reviewed: it applies the standing rules (fixed days with
 * weekend substitutes, Easter, the three Mondays) and then the one-off changes proclaimed for
 * 2010-2030, each named below. When gov.uk announces a new one-off day, add it to ONE_OFFS, bump
 * VERSION, regenerate, and record the recomputation in the audit log (timescales.md).
 *
 * Run: npx tsx scripts/build-bank-holidays.ts
 */
import { writeFileSync } from 'node:fs';
import { DayOfWeek, LocalDate, TemporalAdjusters } from '@js-joda/core';

const VERSION = '2026-11-23';
const FIRST = 2010;
const LAST = 2030;

interface Event {
  title: string;
  date: string;
  notes: string;
  bunting: boolean;
}

/** Easter Sunday (anonymous Gregorian algorithm). */
function easter(y: number): LocalDate {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return LocalDate.of(y, month, day);
}

const isWeekend = (d: LocalDate) =>
  d.dayOfWeek() === DayOfWeek.SATURDAY || d.dayOfWeek() === DayOfWeek.SUNDAY;

// Moved or added days, by proclamation.
const MOVED: Record<string, { from: string; to: string; title: string }> = {
  '2012-spring': { from: '2012-05-28', to: '2012-06-04', title: 'Spring bank holiday' },
  '2020-early-may': { from: '2020-05-04', to: '2020-05-08', title: 'Early May bank holiday (VE day)' },
  '2022-spring': { from: '2022-05-30', to: '2022-06-02', title: 'Spring bank holiday' },
};
const ONE_OFFS: Event[] = [
  { title: 'Royal wedding', date: '2011-04-29', notes: 'Extra bank holiday', bunting: true },
  { title: 'Queen’s Diamond Jubilee', date: '2012-06-05', notes: 'Extra bank holiday', bunting: true },
  { title: 'Platinum Jubilee bank holiday', date: '2022-06-03', notes: 'Extra bank holiday', bunting: true },
  {
    title: 'Bank Holiday for the State Funeral of Queen Elizabeth II',
    date: '2022-09-19',
    notes: 'Extra bank holiday',
    bunting: false,
  },
  {
    title: 'Bank holiday for the coronation of King Charles III',
    date: '2023-05-08',
    notes: 'Extra bank holiday',
    bunting: true,
  },
];

function yearEvents(y: number): Event[] {
  const out: Event[] = [];
  const push = (title: string, d: LocalDate, notes = '') =>
    out.push({ title, date: d.toString(), notes, bunting: true });
  // New Year's Day: a weekend day moves to the Monday after.
  let ny = LocalDate.of(y, 1, 1);
  if (isWeekend(ny)) {
    ny = ny.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    push('New Year’s Day', ny, 'Substitute day');
  } else push('New Year’s Day', ny);
  const e = easter(y);
  out.push({ title: 'Good Friday', date: e.minusDays(2).toString(), notes: '', bunting: false });
  push('Easter Monday', e.plusDays(1));
  push(
    'Early May bank holiday',
    LocalDate.of(y, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)),
  );
  push('Spring bank holiday', LocalDate.of(y, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
  push('Summer bank holiday', LocalDate.of(y, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
  // Christmas and Boxing Day: weekend days move to the next free weekdays.
  const xmas = LocalDate.of(y, 12, 25);
  const dow = xmas.dayOfWeek();
  if (dow === DayOfWeek.SATURDAY) {
    push('Christmas Day', LocalDate.of(y, 12, 27), 'Substitute day');
    push('Boxing Day', LocalDate.of(y, 12, 28), 'Substitute day');
  } else if (dow === DayOfWeek.SUNDAY) {
    push('Boxing Day', LocalDate.of(y, 12, 26));
    push('Christmas Day', LocalDate.of(y, 12, 27), 'Substitute day');
  } else if (dow === DayOfWeek.FRIDAY) {
    push('Christmas Day', xmas);
    push('Boxing Day', LocalDate.of(y, 12, 28), 'Substitute day');
  } else {
    push('Christmas Day', xmas);
    push('Boxing Day', LocalDate.of(y, 12, 26));
  }
  for (const m of Object.values(MOVED)) {
    const ev = out.find((x) => x.date === m.from);
    if (ev) {
      ev.date = m.to;
      ev.title = m.title;
    }
  }
  for (const o of ONE_OFFS) if (o.date.startsWith(`${y}-`)) out.push(o);
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

const events: Event[] = [];
for (let y = FIRST; y <= LAST; y++) events.push(...yearEvents(y));
const file = {
  version: VERSION,
  source:
    'Shape and content of https://www.gov.uk/bank-holidays.json (england-and-wales); 2010-2030 with one-off days',
  'england-and-wales': { division: 'england-and-wales', events },
};
writeFileSync(
  new URL('../src/core/data/bank-holidays-england-and-wales.json', import.meta.url),
  `${JSON.stringify(file, null, 1)}\n`,
);
console.log(`${events.length} bank holidays written`);
