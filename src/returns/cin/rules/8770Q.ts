// Queries a child of school age, with at least one referral that led to further action, who has
// neither a UPN nor a UPN-unknown reason other than UN1 ("not of school age").
import { type DayNumber, dayToIso, isoToDay } from '../../../core/day.ts';
import { plusYears } from '../../common/dates.ts';
import { UPN_UNKNOWN_SCHOOL_AGE } from '../lib/codes.ts';
import { col, dates, Flags, ids, isNo } from '../lib/derived.ts';
import { type ContextCin, defineRule, type ResultCin } from '../rule.ts';

function missingUpn(ctx: ContextCin, bornOnOrBefore: DayNumber): ResultCin | undefined {
  const n = ctx.tables.ChildIdentifiers?.rows.length;
  if (n === undefined || !ctx.tables.CINdetails) return undefined;
  const furtherAction = new Set<number>();
  const nfa = col(ctx, 'CINdetails', 'ReferralNFA');
  const episodeChild = ids(ctx, 'CINdetails', 'child');
  for (let i = 0; i < nfa.length; i++) if (isNo(nfa[i])) furtherAction.add(episodeChild[i]!);
  const child = ids(ctx, 'ChildIdentifiers', 'child');
  const born = dates(ctx, 'ChildIdentifiers', 'PersonBirthDate');
  const upn = col(ctx, 'ChildIdentifiers', 'UPN');
  const unknown = col(ctx, 'ChildIdentifiers', 'UPNunknown');
  const flags = new Flags();
  for (let i = 0; i < n; i++) {
    const b = born[i];
    if (b == null || b > bornOnOrBefore || upn[i] != null || !furtherAction.has(child[i]!)) continue;
    const reason = unknown[i]?.toUpperCase();
    if (reason === undefined || !UPN_UNKNOWN_SCHOOL_AGE.has(reason)) {
      flags.add('ChildIdentifiers', ['UPN', 'UPNunknown'], i);
    }
  }
  return flags.result();
}

export const versions = [
  defineRule({
    code: '8770Q',
    definedIn: 'cin2024_25',
    message:
      'Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or ' +
      'is UN1 for a child who is of school age.',
    affectedFields: ['UPNunknown', 'UPNunknown'],
    module: 'ChildIdentifiers',
    ruleType: 'Query',
    validate(ctx) {
      // School age: five by the 31 August that starts the school year inside the census year, so
      // for a reference date of 31 March 2025 a child born on or before 31 August 2019.
      const year = Number(dayToIso(ctx.meta.referenceDate).slice(0, 4));
      return missingUpn(ctx, isoToDay(`${year - 6}-08-31`) as DayNumber);
    },
  }),
  defineRule({
    code: '8770Q',
    definedIn: 'cin2022_23',
    message:
      'Please check and either amend data or provide a reason: UPN or reason UPN missing expected for a ' +
      'child who is more than 5 years old',
    affectedFields: ['UPNunknown', 'UPNunknown'],
    module: 'ChildIdentifiers',
    ruleType: 'Query',
    validate(ctx) {
      // Before 2024/25 the age test was simply: born on or before the reference date minus 6 years.
      return missingUpn(ctx, plusYears(ctx.meta.referenceDate, -6));
    },
  }),
];
