/** CIN census code lists (from the DfE XSDs, shared/reference/cin/codes.csv) used by group b rules. */

/** Reason for closure: RC1 to RC9 (RC9 was added for 2022/23, the first ruleset kith implements). */
export const REASONS_FOR_CLOSURE: ReadonlySet<string> = new Set([
  'RC1',
  'RC2',
  'RC3',
  'RC4',
  'RC5',
  'RC6',
  'RC7',
  'RC8',
  'RC9',
]);

export const PRIMARY_NEED: ReadonlySet<string> = new Set([
  'N0',
  'N1',
  'N2',
  'N3',
  'N4',
  'N5',
  'N6',
  'N7',
  'N8',
  'N9',
]);

/** Source of referral (5D, early help, was added for 2022/23). */
export const REFERRAL_SOURCES: ReadonlySet<string> = new Set([
  '1A',
  '1B',
  '1C',
  '1D',
  '2A',
  '2B',
  '3A',
  '3B',
  '3C',
  '3D',
  '3E',
  '3F',
  '4',
  '5A',
  '5B',
  '5C',
  '5D',
  '6',
  '7',
  '8',
  '9',
  '10',
]);

export const CATEGORIES_OF_ABUSE: ReadonlySet<string> = new Set(['NEG', 'PHY', 'SAB', 'EMO', 'MUL']);

/**
 * Assessment factor codes over all XSD years. 18A and 19A left the schema in 2021 but stay here:
 * queries 8945Q and 8950Q, not 8897Q, are the rules that tell LAs to use 18B/18C and 19B/19C.
 */
export const ASSESSMENT_FACTORS: ReadonlySet<string> = new Set([
  '1A',
  '1B',
  '1C',
  '2A',
  '2B',
  '2C',
  '3A',
  '3B',
  '3C',
  '4A',
  '4B',
  '4C',
  '5A',
  '5B',
  '5C',
  '6A',
  '6B',
  '6C',
  '7A',
  '8B',
  '8C',
  '8D',
  '8E',
  '8F',
  '9A',
  '10A',
  '11A',
  '12A',
  '13A',
  '14A',
  '15A',
  '16A',
  '17A',
  '18A',
  '18B',
  '18C',
  '19A',
  '19B',
  '19C',
  '20',
  '21',
  '22A',
  '23A',
  '24A',
]);

/** UPN unknown reasons that explain a missing UPN for a child of school age (UN1 is "not of school age"). */
export const UPN_UNKNOWN_SCHOOL_AGE: ReadonlySet<string> = new Set([
  'UN2',
  'UN3',
  'UN4',
  'UN5',
  'UN6',
  'UN7',
]);
