/**
 * The child's record: one zod schema per kind of fact. These schemas are the edge: every write
 * (web form, API, CLI, import) is parsed by them, and the types the domain works with are inferred
 * from them, so the two cannot drift. Field names are readable; the mapping to DfE return columns is
 * in returns/<return>/build.ts. Aligned with the Standard Safeguarding Dataset (shared/reference/ssd).
 */
import { z } from 'zod';
import { CODES_CIN } from '../codes/cin.ts';
import { CODES_903 } from '../codes/ssda903.ts';
import { isIsoDate } from '../core/day.ts';
import { isValidNhsNumber, isValidUpn } from '../core/identifiers.ts';

const cinCodes = <K extends keyof typeof CODES_CIN>(k: K) =>
  CODES_CIN[k].map((c) => c.code) as unknown as readonly [string, ...string[]];

export const isoDate = z
  .string({ error: 'Enter a date' })
  .refine(isIsoDate, { message: 'Enter a real date as YYYY-MM-DD' });
export const instant = z.iso.datetime({
  offset: true,
  message: 'Enter a date and time (ISO 8601, e.g. 2026-03-02T09:30:00Z)',
});
const id = z.uuid();
const optionalDate = isoDate.nullish().transform((v) => v ?? null);
const text = (max: number) =>
  z.string().trim().min(1, 'Enter a value').max(max, `Enter ${max} characters or fewer`);

export const SEX = CODES_903.Header.SEX;
export const ETHNICITY = CODES_903.Header.ETHNIC;

export const personSchema = z
  .object({
    laChildId: z
      .string()
      .trim()
      .min(1, 'Enter the council child ID')
      .max(10, 'Council child ID is at most 10 characters'),
    firstName: text(100),
    lastName: text(100),
    dateOfBirth: optionalDate,
    expectedDateOfBirth: optionalDate,
    sex: z.enum(SEX, { message: `Choose one of ${SEX.join(', ')}` }),
    ethnicity: z.enum(ETHNICITY, { message: 'Choose an ethnicity code from the DfE list' }),
    upn: z
      .string()
      .trim()
      .toUpperCase()
      .refine(isValidUpn, { message: 'Enter a 13-character UPN with a correct check letter' })
      .nullish()
      .transform((v) => v ?? null),
    nhsNumber: z
      .string()
      .trim()
      .transform((v) => v.replace(/\s+/g, ''))
      .refine(isValidNhsNumber, { message: 'Enter a 10-digit NHS number with a correct check digit' })
      .nullish()
      .transform((v) => v ?? null),
    disabilities: z.array(z.enum(cinCodes('disabilitytype'))).default([]),
    uascFrom: optionalDate,
    uascCeased: optionalDate,
    dateOfDeath: optionalDate,
    motherOfChildDateOfBirth: optionalDate,
  })
  .superRefine((p, ctx) => {
    if (!p.dateOfBirth && !p.expectedDateOfBirth) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateOfBirth'],
        message: 'Enter a date of birth or an expected date of birth',
      });
    }
    if (p.dateOfBirth && p.dateOfDeath && p.dateOfDeath < p.dateOfBirth) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateOfDeath'],
        message: 'Date of death must be on or after the date of birth',
      });
    }
  });

export const addressSchema = z.object({
  postcode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}$/, 'Enter a full UK postcode, like SW1A 1AA'),
  from: isoDate,
  to: optionalDate,
});

export const CONTACT_OUTCOMES = [
  'nfa',
  'information_advice',
  'early_help',
  'referral',
  'strategy_discussion',
  'already_open',
] as const;
export const contactSchema = z.object({
  receivedAt: instant,
  source: z.enum(cinCodes('referralsourcetype')),
  decidedAt: instant.nullish().transform((v) => v ?? null),
  outcome: z
    .enum(CONTACT_OUTCOMES)
    .nullish()
    .transform((v) => v ?? null),
  decidedBy: id.nullish().transform((v) => v ?? null),
  reason: z
    .string()
    .max(2000)
    .nullish()
    .transform((v) => v ?? null),
});

export const referralSchema = z.object({
  referralDate: isoDate,
  source: z.enum(cinCodes('referralsourcetype')),
  primaryNeed: z
    .enum(cinCodes('primaryneedcodetype'))
    .nullish()
    .transform((v) => v ?? null),
  referralNfa: z.boolean().default(false),
  closureDate: optionalDate,
  closureReason: z
    .enum(cinCodes('reasonforclosuretype'))
    .nullish()
    .transform((v) => v ?? null),
  contactId: id.nullish().transform((v) => v ?? null),
});

export const assessmentSchema = z.object({
  referralId: id,
  startDate: isoDate,
  authorisedDate: optionalDate,
  factors: z.array(z.enum(cinCodes('assessmentfactorstype'))).default([]),
});

export const strategyDiscussionSchema = z.object({ referralId: id, date: isoDate });

export const section47Schema = z.object({
  referralId: id,
  startDate: isoDate,
  strategyDiscussionId: id.nullish().transform((v) => v ?? null),
  icpcDate: optionalDate,
  icpcNotRequired: z.boolean().default(false),
});

const ABUSE = cinCodes('categoryofabuse');
export const cpPlanSchema = z.object({
  referralId: id,
  startDate: isoDate,
  endDate: optionalDate,
  initialCategory: z.enum(ABUSE),
  latestCategory: z.enum(ABUSE),
  numberOfPreviousPlans: z
    .number()
    .int()
    .min(0)
    .max(50)
    .nullish()
    .transform((v) => v ?? null),
});

export const cpReviewSchema = z.object({ cpPlanId: id, date: isoDate });
export const coreGroupSchema = z.object({ cpPlanId: id, date: isoDate });
export const cinPlanSchema = z.object({ referralId: id, startDate: isoDate, endDate: optionalDate });

const E = CODES_903.Episodes;
/** One row of a period of care as the 903 records it: a change of legal status or placement starts a new row. */
export const careEpisodeSchema = z.object({
  startDate: isoDate,
  reasonNewEpisode: z.enum(E.RNE),
  legalStatus: z.enum(E.LS),
  categoryOfNeed: z.enum(E.CIN),
  placement: z.enum(E.PLACE),
  provider: z
    .enum(E.PLACE_PROVIDER)
    .nullish()
    .transform((v) => v ?? null),
  endDate: optionalDate,
  reasonEnded: z
    .enum(E.REC)
    .nullish()
    .transform((v) => v ?? null),
  reasonPlaceChange: z
    .enum(E.REASON_PLACE_CHANGE)
    .nullish()
    .transform((v) => v ?? null),
  homePostcode: z
    .string()
    .trim()
    .toUpperCase()
    .max(8)
    .nullish()
    .transform((v) => v ?? null),
  placementPostcode: z
    .string()
    .trim()
    .toUpperCase()
    .max(8)
    .nullish()
    .transform((v) => v ?? null),
  urn: z
    .string()
    .trim()
    .max(10)
    .nullish()
    .transform((v) => v ?? null),
  longTermFoster: z.boolean().default(false),
  shortBreak: z.boolean().default(false),
});

export const claReviewSchema = z.object({
  date: isoDate,
  participation: z.enum(CODES_903.Reviews.REVIEW_CODE),
});

export const VISIT_KINDS = ['cla', 'cp', 'cin', 'care_leaver'] as const;
export const visitSchema = z.object({
  kind: z.enum(VISIT_KINDS),
  date: isoDate,
  seen: z.boolean().default(true),
  seenAlone: z
    .boolean()
    .nullish()
    .transform((v) => v ?? null),
  workerId: id.nullish().transform((v) => v ?? null),
});

export const healthAssessmentSchema = z.object({
  kind: z.enum(['initial', 'review']),
  requestedDate: optionalDate,
  date: optionalDate,
});
export const dentalCheckSchema = z.object({ date: isoDate });
export const immunisationSchema = z.object({ asAt: isoDate, upToDate: z.boolean() });
export const sdqSchema = z
  .object({
    date: isoDate,
    score: z
      .number()
      .int()
      .min(0)
      .max(40)
      .nullish()
      .transform((v) => v ?? null),
    reason: z
      .enum(CODES_903.OC2.SDQ_REASON)
      .nullish()
      .transform((v) => v ?? null),
  })
  .refine((s) => (s.score === null) !== (s.reason === null), {
    message: 'Enter either an SDQ score (0 to 40) or a reason it was not done, not both',
    path: ['score'],
  });
export const pepSchema = z.object({ kind: z.enum(['initial', 'review']), date: isoDate });
export const missingSchema = z.object({
  kind: z.enum(CODES_903.Missing.MISSING),
  startDate: isoDate,
  endDate: optionalDate,
  returnInterviewOffered: z
    .boolean()
    .nullish()
    .transform((v) => v ?? null),
});
export const careLeaverContactSchema = z.object({
  date: isoDate,
  inTouch: z.enum(CODES_903.OC3.IN_TOUCH),
  activity: z
    .enum(CODES_903.OC3.ACTIV)
    .nullish()
    .transform((v) => v ?? null),
  accommodation: z
    .enum(CODES_903.OC3.ACCOM)
    .nullish()
    .transform((v) => v ?? null),
});
export const pathwayPlanSchema = z.object({
  kind: z.enum(['needs_assessment', 'plan', 'review']),
  date: isoDate,
});
export const adoptionSchema = z.object({
  decisionDate: isoDate,
  placementOrderDate: optionalDate,
  matchDate: optionalDate,
  placedDate: optionalDate,
  placedCeasedDate: optionalDate,
  placedCeasedReason: z
    .enum(CODES_903.PlacedAdoption.REASON_PLACED_CEASED)
    .nullish()
    .transform((v) => v ?? null),
  /** The adopters, once the child is adopted (903 AD1): how many (1 or 2), their sexes, their legal status. */
  numberOfAdopters: z
    .enum(CODES_903.AD1.NB_ADOPTR)
    .nullish()
    .transform((v) => v ?? null),
  adopterSexes: z
    .enum(CODES_903.AD1.SEX_ADOPTR)
    .nullish()
    .transform((v) => v ?? null),
  adopterLegalStatus: z
    .enum(CODES_903.AD1.LS_ADOPTR)
    .nullish()
    .transform((v) => v ?? null),
});
export const previousPermanenceSchema = z.object({
  kind: z.enum(CODES_903.PrevPerm.PREV_PERM),
  date: optionalDate,
  la: z
    .string()
    .trim()
    .max(10)
    .nullish()
    .transform((v) => v ?? null),
});

export const ALLOCATION_ROLES = ['social_worker', 'iro', 'personal_adviser', 'cp_chair'] as const;
export const allocationSchema = z.object({
  workerId: id,
  role: z.enum(ALLOCATION_ROLES),
  from: isoDate,
  to: optionalDate,
});

export const OVERSIGHT_KINDS = ['decision', 'supervision', 'oversight', 'iro_escalation'] as const;
export const oversightSchema = z.object({
  kind: z.enum(OVERSIGHT_KINDS),
  date: isoDate,
  managerId: id,
  note: text(10_000),
});
