// A referral date must not be more than 280 days (40 weeks) before the child's date of birth or
// expected date of birth.
import { Flags } from '../lib/derived.ts';
import { flagEarlier, side } from '../lib/rows-a.ts';
import { defineRule } from '../rule.ts';

const WEEKS_40 = 280;

export const versions = [
  defineRule({
    code: '8606',
    definedIn: 'cin2022_23',
    message: 'Child referral date is more than 40 weeks before DOB or expected DOB',
    affectedFields: ['CINreferralDate', 'PersonBirthDate', 'ExpectedPersonBirthDate'],
    module: 'CINdetails',
    ruleType: 'Error',
    validate(ctx) {
      if (!ctx.tables.ChildIdentifiers || !ctx.tables.CINdetails) return undefined;
      const flags = new Flags();
      const referrals = side(ctx, 'CINdetails', 'child', 'CINreferralDate');
      // referral < birth - 280 days, for the birth date and the expected birth date in turn.
      for (const field of ['PersonBirthDate', 'ExpectedPersonBirthDate']) {
        const births = side(ctx, 'ChildIdentifiers', 'child', field);
        const shifted = births.dates.map((d) => (d === null ? null : d - WEEKS_40));
        flagEarlier(flags, referrals, { ...births, dates: shifted });
      }
      return flags.result();
    },
  }),
];
