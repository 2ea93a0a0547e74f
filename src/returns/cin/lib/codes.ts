/**
 * CIN census code lists and UPN checks used by the rules. The XSD code lists come from
 * src/codes/cin.ts (shared/reference/cin/codes.csv), the one place they are written down; the two
 * groups of rules used to keep their own copies.
 */
import { CODES_CIN } from '../../../codes/cin.ts';

const codes = (list: readonly { readonly code: string }[]): ReadonlySet<string> =>
  new Set(list.map((c) => c.code));

export const ETHNICITY = codes(CODES_CIN.ethnicitytype);

/** Disability codes; NONE means the child has no disability. */
export const DISABILITY = codes(CODES_CIN.disabilitytype);

/** GenderCurrent (to 2023/24): 1 male, 2 female, 0 not recorded or unborn, 9 indeterminate. */
export const GENDER_CURRENT = codes(CODES_CIN.gendertype);

/** Reason for closure: RC1 to RC9 (RC9 was added for 2022/23, the first ruleset kith implements). */
export const REASONS_FOR_CLOSURE = codes(CODES_CIN.reasonforclosuretype);

export const PRIMARY_NEED = codes(CODES_CIN.primaryneedcodetype);

/** Source of referral (5D, early help, was added for 2022/23). */
export const REFERRAL_SOURCES = codes(CODES_CIN.referralsourcetype);

export const CATEGORIES_OF_ABUSE = codes(CODES_CIN.categoryofabuse);

/**
 * Assessment factor codes over all XSD years. 18A and 19A left the schema in 2021 but stay here:
 * queries 8945Q and 8950Q, not 8897Q, are the rules that tell LAs to use 18B/18C and 19B/19C.
 */
export const ASSESSMENT_FACTORS = codes(CODES_CIN.assessmentfactorstype);

/** Sex (from 2024/25): M, F, U (unknown). */
export const SEX: ReadonlySet<string> = new Set(['M', 'F', 'U']);

/** The UPN check letters for remainders 0 to 22 (I, O and S are never used). */
export const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * Characters 2-4 of a UPN: a post-April-1998 LA code or a recognised pseudo-LA code, as the DfE
 * lists them for 2022/23 (001-005, 201-213, 301-320, 330-336, 340-344, 350-359, 370-373, 380-384,
 * 390-394, 420, 660-681, 701-708, 800-803, 805-808, 810-813, 815, 816, 820-823, 825, 826, 830, 831,
 * 835-841, 845, 846, 850-852, 855-857, 860, 861, 865-896, 908, 909, 916, 919, 921, 925, 926, 928,
 * 929, 931, 933, 935-938, 940, 941).
 */
const LA_CODES_2022: readonly number[] = [
  ...range(1, 5),
  ...range(201, 213),
  ...range(301, 320),
  ...range(330, 336),
  ...range(340, 344),
  ...range(350, 359),
  ...range(370, 373),
  ...range(380, 384),
  ...range(390, 394),
  420,
  ...range(660, 681),
  ...range(701, 708),
  ...range(800, 803),
  ...range(805, 808),
  ...range(810, 813),
  815,
  816,
  ...range(820, 823),
  825,
  826,
  830,
  831,
  ...range(835, 841),
  845,
  846,
  ...range(850, 852),
  ...range(855, 857),
  860,
  861,
  ...range(865, 896),
  908,
  909,
  916,
  919,
  921,
  925,
  926,
  928,
  929,
  931,
  933,
  ...range(935, 938),
  940,
  941,
];

const threeDigits = (n: number): string => String(n).padStart(3, '0');

export const UPN_LA_CODES_2022: ReadonlySet<string> = new Set(LA_CODES_2022.map(threeDigits));

/** From 2023/24: Cumberland (942) and Westmorland and Furness (943) were created on 1 April 2023. */
export const UPN_LA_CODES_2023: ReadonlySet<string> = new Set([...LA_CODES_2022, 942, 943].map(threeDigits));

/**
 * The check letter a 13-character UPN should start with, or null when characters 2-12 are not all
 * digits or character 13 is neither a digit nor a check-table letter. Characters 2-13 are weighted
 * 2-13, summed, and the remainder on division by 23 indexes the check letters; a temporary UPN's
 * final letter counts as its position in the same table.
 */
export function upnCheckLetter(upn: string): string | null {
  if (!/^.\d{11}[0-9A-Za-z]$/.test(upn)) return null;
  let sum = 0;
  for (let i = 1; i < 13; i++) {
    const c = upn[i] as string;
    const v = c >= '0' && c <= '9' ? Number(c) : UPN_LETTERS.indexOf(c.toUpperCase());
    if (v < 0) return null;
    sum += v * (i + 1);
  }
  return UPN_LETTERS[sum % 23] as string;
}

/** Character 13 of a UPN: a digit, or a letter other than I, O and S (a temporary UPN). */
export function isUpnLastChar(c: string): boolean {
  return /^[0-9A-HJ-NP-RT-Za-hj-np-rt-z]$/.test(c);
}

/**
 * A UPN of the usual shape (a capital letter, 11 digits, then a digit or a capital letter) as a whole
 * number below 2^53, a different one for each such UPN; null for any other text. Lets a list of the
 * return's UPNs (rule 1520) hold numbers rather than strings.
 */
export function upnNumber(upn: string): number | null {
  if (!/^[A-Z]\d{11}[0-9A-Z]$/.test(upn)) return null;
  const letter = upn.charCodeAt(0) - 65;
  const last = upn.charCodeAt(12);
  return (letter * 1e11 + Number(upn.slice(1, 12))) * 36 + (last <= 57 ? last - 48 : last - 55);
}

/** A UPN in the data table's format: a letter, 11 digits, then a digit or a letter other than I, O, S. */
export function isUpnFormat(v: string): boolean {
  return /^[A-Za-z]\d{11}[0-9A-HJ-NP-RT-Za-hj-np-rt-z]$/.test(v);
}

/** UPN unknown reasons that explain a missing UPN for a child of school age (UN1 is "not of school age"). */
export const UPN_UNKNOWN_SCHOOL_AGE: ReadonlySet<string> = new Set([
  'UN2',
  'UN3',
  'UN4',
  'UN5',
  'UN6',
  'UN7',
]);
