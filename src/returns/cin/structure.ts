/**
 * The shape of a CIN census file as the reader accepts it (shared/reference/cin/notes.md and the DfE
 * schema): which elements each container holds, which repeat, which hold dates and which hold codes.
 */
import { CODES_CIN } from '../../codes/cin.ts';
import { ymd } from '../common/dates.ts';

type Shape = Readonly<Record<string, 'c' | 'f'>>;

/** Which elements each container holds: 'c' another container, 'f' a field with text. */
export const STRUCTURE: Readonly<Record<string, Shape>> = {
  '#document': { Message: 'c' },
  Message: { Header: 'c', Children: 'c' },
  Header: { CollectionDetails: 'c', Source: 'c' },
  CollectionDetails: { Collection: 'f', Year: 'f', ReferenceDate: 'f' },
  Source: { SourceLevel: 'f', LEA: 'f', SoftwareCode: 'f', Release: 'f', SerialNo: 'f', DateTime: 'f' },
  Children: { Child: 'c' },
  Child: { ChildIdentifiers: 'c', ChildCharacteristics: 'c', CINdetails: 'c' },
  ChildIdentifiers: {
    LAchildID: 'f',
    UPN: 'f',
    FormerUPN: 'f',
    UPNunknown: 'f',
    PersonBirthDate: 'f',
    ExpectedPersonBirthDate: 'f',
    GenderCurrent: 'f',
    Sex: 'f',
    PersonDeathDate: 'f',
  },
  ChildCharacteristics: { Ethnicity: 'f', Disabilities: 'c' },
  Disabilities: { Disability: 'f' },
  CINdetails: {
    CINreferralDate: 'f',
    ReferralSource: 'f',
    PrimaryNeedCode: 'f',
    CINclosureDate: 'f',
    ReasonForClosure: 'f',
    DateOfInitialCPC: 'f',
    Assessments: 'c',
    CINPlanDates: 'c',
    Section47: 'c',
    ReferralNFA: 'f',
    ChildProtectionPlans: 'c',
    PreProceedingsandFGDM: 'c',
  },
  Assessments: {
    AssessmentActualStartDate: 'f',
    AssessmentInternalReviewDate: 'f',
    AssessmentAuthorisationDate: 'f',
    FactorsIdentifiedAtAssessment: 'c',
  },
  FactorsIdentifiedAtAssessment: { AssessmentFactors: 'f' },
  CINPlanDates: { CINPlanStartDate: 'f', CINPlanEndDate: 'f' },
  Section47: { S47ActualStartDate: 'f', InitialCPCtarget: 'f', DateOfInitialCPC: 'f', ICPCnotRequired: 'f' },
  ChildProtectionPlans: {
    CPPstartDate: 'f',
    CPPendDate: 'f',
    InitialCategoryOfAbuse: 'f',
    LatestCategoryOfAbuse: 'f',
    NumberOfPreviousCPP: 'f',
    Reviews: 'c',
  },
  Reviews: { CPPreviewDate: 'f' },
  // From 2025/26. Accepted so such files read cleanly; no table or rule uses it yet.
  PreProceedingsandFGDM: {
    PPStartDate: 'f',
    LBPSentDate: 'f',
    FGDMMeetingOffer: 'f',
    FGDMMeetingFac: 'f',
    InitialPPMeetingDate: 'f',
    ReviewMeetingsCount: 'f',
    StepDecisionDate: 'f',
    PPOutcome: 'f',
    CourtAppDate: 'f',
    LetterInitCPDate: 'f',
  },
};

export const SHAPES: ReadonlyMap<string, ReadonlyMap<string, 'c' | 'f'>> = new Map(
  Object.entries(STRUCTURE).map(([parent, shape]) => [parent, new Map(Object.entries(shape))]),
);

/** Fields that repeat by design, one table row (or list entry) each. */
export const REPEATING = new Set(['Disability', 'AssessmentFactors', 'CPPreviewDate']);

/** For "belongs inside" messages: the containers each element may appear in. */
export const PARENTS = new Map<string, string[]>();
for (const [parent, shape] of Object.entries(STRUCTURE)) {
  for (const child of Object.keys(shape)) PARENTS.set(child, [...(PARENTS.get(child) ?? []), parent]);
}

/** Elements of XSD type xs:date. */
export const DATE_ELEMENTS = new Set([
  'ReferenceDate',
  'PersonBirthDate',
  'ExpectedPersonBirthDate',
  'PersonDeathDate',
  'CINreferralDate',
  'CINclosureDate',
  'DateOfInitialCPC',
  'AssessmentActualStartDate',
  'AssessmentInternalReviewDate',
  'AssessmentAuthorisationDate',
  'CINPlanStartDate',
  'CINPlanEndDate',
  'S47ActualStartDate',
  'InitialCPCtarget',
  'CPPstartDate',
  'CPPendDate',
  'CPPreviewDate',
]);

const codes = (list: readonly { code: string }[]): ReadonlySet<string> => new Set(list.map((c) => c.code));
/** Code lists by element: the XSD enumerations over all years, and Sex (M/F/U, from 2024/25). */
export const CODE_ELEMENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['ReferralNFA', codes(CODES_CIN.yesnotype)],
  ['ICPCnotRequired', codes(CODES_CIN.yesnotype)],
  ['UPNunknown', codes(CODES_CIN.unknownupntype)],
  ['GenderCurrent', codes(CODES_CIN.gendertype)],
  ['Sex', new Set(['M', 'F', 'U'])],
  ['Ethnicity', codes(CODES_CIN.ethnicitytype)],
  ['Disability', codes(CODES_CIN.disabilitytype)],
  ['ReferralSource', codes(CODES_CIN.referralsourcetype)],
  ['PrimaryNeedCode', codes(CODES_CIN.primaryneedcodetype)],
  ['ReasonForClosure', codes(CODES_CIN.reasonforclosuretype)],
  ['AssessmentFactors', codes(CODES_CIN.assessmentfactorstype)],
  ['InitialCategoryOfAbuse', codes(CODES_CIN.categoryofabuse)],
  ['LatestCategoryOfAbuse', codes(CODES_CIN.categoryofabuse)],
]);

/** YYYY-MM-DD that is a real date, checked without allocating; anything else goes to ymd(). */
export function isIsoDate(v: string): boolean {
  if (v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return ymd(v) !== null;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d = v.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    y = y * 10 + d;
  }
  const m1 = v.charCodeAt(5) - 48;
  const m2 = v.charCodeAt(6) - 48;
  const d1 = v.charCodeAt(8) - 48;
  const d2 = v.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return false;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}

/**
 * What the reader needs to know about an element, found with one map lookup per element opened (in
 * its parent's `children`) instead of several set and map lookups by name per element and per value.
 */
export interface ElementInfo {
  readonly name: string;
  readonly kind: 'c' | 'f';
  /** A small number per element name, so a reader can keep per-element state in an array. */
  readonly index: number;
  readonly date: boolean;
  readonly codes: ReadonlySet<string> | undefined;
  readonly repeating: boolean;
  /** The elements a container holds (empty for a field). */
  readonly children: ReadonlyMap<string, ElementInfo>;
}

function buildInfo(): ElementInfo {
  const byName = new Map<string, ElementInfo & { children: Map<string, ElementInfo> }>();
  const info = (name: string, kind: 'c' | 'f'): ElementInfo & { children: Map<string, ElementInfo> } => {
    let e = byName.get(name);
    if (!e) {
      e = {
        name,
        kind,
        index: byName.size,
        date: DATE_ELEMENTS.has(name),
        codes: CODE_ELEMENTS.get(name),
        repeating: REPEATING.has(name),
        children: new Map(),
      };
      byName.set(name, e);
    }
    return e;
  };
  for (const [parent, shape] of Object.entries(STRUCTURE)) {
    const p = info(parent, 'c');
    for (const [child, kind] of Object.entries(shape)) p.children.set(child, info(child, kind));
  }
  return info('#document', 'c');
}

/** The document node's info; every element's info is reached from it through `children`. */
export const DOCUMENT_INFO: ElementInfo = buildInfo();
