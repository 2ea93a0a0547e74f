/**
 * Builds the CIN census tables for a collection year from children's records: every child with an
 * episode of need (a referral) open at any point in the census year, with that episode's assessments,
 * plans, section 47 enquiries and child protection plans that touch the year. Pure: records in, tables
 * of element text out (YYYY-MM-DD dates), in the shape the validator and the XML writer share.
 */
import { type DayNumber, dayToIso, type IsoDate, isoToDay } from '../../core/day.ts';
import { addWorkingDaysNumber } from '../../core/working-days.ts';
import type { ChildRecord } from '../../record/facts.ts';
import { metaForYear } from './meta.ts';
import type { CinRow, TablesCin } from './rule.ts';
import { TABLES_CIN, type TableNameCin } from './tables.ts';

const day = (iso: IsoDate | null | undefined): DayNumber | null => (iso ? isoToDay(iso) : null);

/** Overlaps the census year [start, end]: began on or before the end, and not ended before the start. */
function touches(from: IsoDate | null, to: IsoDate | null, start: DayNumber, end: DayNumber): boolean {
  const f = day(from);
  const t = day(to);
  return f !== null && f <= end && (t === null || t >= start);
}

export interface BuildCinOptions {
  /** Collection END year: '2025' is the census of the year to 31 March 2025. */
  readonly collectionYear: string;
  /** Three-digit DfE LA number for the header. */
  readonly laNumber: string;
}

export interface CinBuild {
  readonly tables: TablesCin;
  readonly referenceDate: IsoDate;
}

export function buildCin(records: Iterable<ChildRecord>, o: BuildCinOptions): CinBuild {
  const meta = metaForYear(o.collectionYear);
  const { collectionStart: start, collectionEnd: end } = meta;
  const iso = (d: IsoDate | null | undefined) => {
    const n = day(d);
    return n !== null && n <= end ? dayToIso(n) : null;
  };
  const rows = Object.fromEntries(Object.keys(TABLES_CIN).map((k) => [k, [] as CinRow[]])) as Record<
    TableNameCin,
    CinRow[]
  >;
  rows.Header.push({
    Collection: 'CIN',
    Year: o.collectionYear,
    ReferenceDate: dayToIso(end),
    SourceLevel: 'L',
    LEA: o.laNumber,
    SoftwareCode: 'kith',
    Release: '1',
    SerialNo: '001',
    DateTime: `${dayToIso(end)}T00:00:00`,
  });

  for (const r of records) {
    const referrals = r.referrals.filter((f) => touches(f.referralDate, f.closureDate, start, end));
    if (referrals.length === 0) continue;
    const p = r.person;
    const child = p.laChildId;
    rows.ChildIdentifiers.push({
      LAchildID: child,
      UPN: p.upn,
      FormerUPN: null,
      UPNunknown: p.upn ? null : p.dateOfBirth ? 'UN1' : null,
      PersonBirthDate: p.dateOfBirth,
      ExpectedPersonBirthDate: p.dateOfBirth ? null : p.expectedDateOfBirth,
      GenderCurrent: null,
      Sex: p.sex,
      PersonDeathDate: iso(p.dateOfDeath),
    });
    rows.ChildCharacteristics.push({ LAchildID: child, Ethnicity: p.ethnicity });
    for (const d of p.disabilities.length ? p.disabilities : ['NONE'])
      rows.Disabilities.push({ LAchildID: child, Disability: d });

    referrals.forEach((ref, i) => {
      const cinId = String(i + 1);
      const closed = day(ref.closureDate) !== null && (day(ref.closureDate) as DayNumber) <= end;
      rows.CINdetails.push({
        LAchildID: child,
        CINdetailsID: cinId,
        CINreferralDate: ref.referralDate,
        ReferralSource: ref.source,
        PrimaryNeedCode: ref.referralNfa ? null : ref.primaryNeed,
        CINclosureDate: closed ? ref.closureDate : null,
        ReasonForClosure: closed ? ref.closureReason : null,
        DateOfInitialCPC: null,
        ReferralNFA: ref.referralNfa ? 'true' : 'false',
      });
      let assessmentId = 0;
      for (const a of r.assessments) {
        if (a.referralId !== ref.id || !touches(a.startDate, a.authorisedDate, start, end)) continue;
        assessmentId++;
        const authorised = iso(a.authorisedDate);
        rows.Assessments.push({
          LAchildID: child,
          CINdetailsID: cinId,
          AssessmentID: String(assessmentId),
          AssessmentActualStartDate: a.startDate,
          AssessmentInternalReviewDate: null,
          AssessmentAuthorisationDate: authorised,
          AssessmentFactors: authorised ? [...a.factors] : [],
        });
        if (authorised) {
          for (const f of a.factors) {
            rows.AssessmentFactorsList.push({
              LAchildID: child,
              CINdetailsID: cinId,
              AssessmentID: String(assessmentId),
              AssessmentFactor: f,
            });
          }
        }
      }
      for (const plan of r.cinPlans) {
        if (plan.referralId !== ref.id || !touches(plan.startDate, plan.endDate, start, end)) continue;
        rows.CINplanDates.push({
          LAchildID: child,
          CINdetailsID: cinId,
          CINPlanStartDate: plan.startDate,
          CINPlanEndDate: iso(plan.endDate),
        });
      }
      for (const s of r.section47s) {
        // An enquiry belongs to the year it started in, or the year its conference was held in.
        const started = day(s.startDate) as DayNumber;
        const icpc = day(s.icpcDate);
        const inYear =
          (started >= start && started <= end) || (icpc !== null && icpc >= start && icpc <= end);
        if (s.referralId !== ref.id || !inYear) continue;
        const sd = day(s.startDate) as DayNumber;
        rows.Section47.push({
          LAchildID: child,
          CINdetailsID: cinId,
          S47ActualStartDate: s.startDate,
          InitialCPCtarget: dayToIso(addWorkingDaysNumber(sd, 15)),
          DateOfInitialCPC: iso(s.icpcDate),
          ICPCnotRequired: s.icpcNotRequired ? 'true' : 'false',
        });
      }
      let cppId = 0;
      for (const plan of r.cpPlans) {
        if (plan.referralId !== ref.id || !touches(plan.startDate, plan.endDate, start, end)) continue;
        cppId++;
        rows.ChildProtectionPlans.push({
          LAchildID: child,
          CINdetailsID: cinId,
          CPPID: String(cppId),
          CPPstartDate: plan.startDate,
          CPPendDate: iso(plan.endDate),
          InitialCategoryOfAbuse: plan.initialCategory,
          LatestCategoryOfAbuse: plan.latestCategory,
          // 0 for a child's first plan. The element is required for every plan (rule 8730) and the
          // DfE counts previous plans from 0; LIIA's copy of the schema (xsd/) types it as a
          // positive integer, which would leave a first plan with no valid value, so that copy is
          // taken to be wrong there rather than the count.
          NumberOfPreviousCPP:
            plan.numberOfPreviousPlans === null ? null : String(plan.numberOfPreviousPlans),
        });
        for (const rv of r.cpReviews) {
          const d = day(rv.date) as DayNumber;
          if (rv.cpPlanId === plan.id && d >= start && d <= end) {
            rows.Reviews.push({
              LAchildID: child,
              CINdetailsID: cinId,
              CPPID: String(cppId),
              CPPreviewDate: rv.date,
            });
          }
        }
      }
    });
  }
  const tables: TablesCin = {};
  for (const name of Object.keys(rows) as TableNameCin[])
    tables[name] = { columns: TABLES_CIN[name], rows: rows[name] };
  return { tables, referenceDate: dayToIso(end) };
}
