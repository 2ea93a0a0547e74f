/**
 * Writes CIN census tables as the DfE's XML, streaming child by child (xmlbuilder2's callback
 * builder), in the element order the schema requires. From 2024/25 the child's sex is `Sex` (M/F/U);
 * before, `GenderCurrent` (1 male, 2 female, 0 not known). Tables are the shape the reader produces
 * and the validator checks, so build → write → read round-trips.
 */
import type { Writable } from 'node:stream';
import { createCB } from 'xmlbuilder2';
import type { XMLBuilderCB } from 'xmlbuilder2/lib/interfaces.js';
import type { Cell } from '../common/table.ts';
import type { CinRow, TablesCin } from './rule.ts';

const GENDER_CURRENT: Record<string, string> = { M: '1', F: '2', U: '0' };

function cell(row: CinRow | undefined, key: string): string | null {
  const v = row?.[key];
  return typeof v === 'string' && v !== '' ? v : null;
}

/** Rows of a table grouped by key columns, in their original order. */
function groupBy(rows: readonly CinRow[] | undefined, ...keys: string[]): Map<string, CinRow[]> {
  const out = new Map<string, CinRow[]>();
  for (const r of rows ?? []) {
    const k = keys.map((key) => cell(r, key) ?? '').join('\u0000');
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

export interface WriteCinOptions {
  /** Collection END year; decides Sex (2025 on) or GenderCurrent (before). */
  readonly collectionYear: string;
}

export async function writeCinXml(tables: TablesCin, out: Writable, o: WriteCinOptions): Promise<void> {
  const useSex = Number(o.collectionYear) >= 2025;
  const xml: XMLBuilderCB = createCB({ prettyPrint: true, indent: '  ' });
  let pending = '';
  xml.on('data', (chunk: string) => {
    pending += chunk;
  });
  const flush = async () => {
    if (pending === '') return;
    const text = pending;
    pending = '';
    if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  };
  const leaf = (name: string, value: Cell | undefined) => {
    if (value === null || value === undefined || value === '') return;
    xml.ele(name).txt(value).up();
  };

  const header = tables.Header?.rows[0];
  xml.dec({ version: '1.0', encoding: 'UTF-8' });
  xml.ele('Message');
  xml.ele('Header').ele('CollectionDetails');
  leaf('Collection', cell(header, 'Collection') ?? 'CIN');
  leaf('Year', cell(header, 'Year') ?? o.collectionYear);
  leaf('ReferenceDate', cell(header, 'ReferenceDate'));
  xml.up().ele('Source');
  for (const k of ['SourceLevel', 'LEA', 'SoftwareCode', 'Release', 'SerialNo', 'DateTime'])
    leaf(k, cell(header, k));
  xml.up().up();

  const byChild = (name: keyof TablesCin) => groupBy(tables[name]?.rows, 'LAchildID');
  const characteristics = byChild('ChildCharacteristics');
  const disabilities = byChild('Disabilities');
  const details = byChild('CINdetails');
  const assessments = groupBy(tables.Assessments?.rows, 'LAchildID', 'CINdetailsID');
  const plans = groupBy(tables.CINplanDates?.rows, 'LAchildID', 'CINdetailsID');
  const s47s = groupBy(tables.Section47?.rows, 'LAchildID', 'CINdetailsID');
  const cpps = groupBy(tables.ChildProtectionPlans?.rows, 'LAchildID', 'CINdetailsID');
  const reviews = groupBy(tables.Reviews?.rows, 'LAchildID', 'CINdetailsID', 'CPPID');

  xml.ele('Children');
  for (const id of tables.ChildIdentifiers?.rows ?? []) {
    const child = cell(id, 'LAchildID') ?? '';
    xml.ele('Child').ele('ChildIdentifiers');
    for (const k of [
      'LAchildID',
      'UPN',
      'FormerUPN',
      'UPNunknown',
      'PersonBirthDate',
      'ExpectedPersonBirthDate',
    ])
      leaf(k, cell(id, k));
    const sex = cell(id, 'Sex');
    if (useSex) leaf('Sex', sex);
    else leaf('GenderCurrent', cell(id, 'GenderCurrent') ?? GENDER_CURRENT[sex ?? ''] ?? '0');
    leaf('PersonDeathDate', cell(id, 'PersonDeathDate'));
    xml.up().ele('ChildCharacteristics');
    leaf('Ethnicity', cell(characteristics.get(child)?.[0], 'Ethnicity'));
    const dis = disabilities.get(child) ?? [];
    if (dis.length) {
      xml.ele('Disabilities');
      for (const d of dis) leaf('Disability', cell(d, 'Disability'));
      xml.up();
    }
    xml.up();
    for (const d of details.get(child) ?? []) {
      const key = `${child}\u0000${cell(d, 'CINdetailsID') ?? ''}`;
      xml.ele('CINdetails');
      for (const k of [
        'CINreferralDate',
        'ReferralSource',
        'PrimaryNeedCode',
        'CINclosureDate',
        'ReasonForClosure',
        'DateOfInitialCPC',
      ]) {
        leaf(k, cell(d, k));
      }
      for (const a of assessments.get(key) ?? []) {
        xml.ele('Assessments');
        for (const k of [
          'AssessmentActualStartDate',
          'AssessmentInternalReviewDate',
          'AssessmentAuthorisationDate',
        ])
          leaf(k, cell(a, k));
        const factors = a.AssessmentFactors;
        if (Array.isArray(factors) && factors.length) {
          xml.ele('FactorsIdentifiedAtAssessment');
          for (const f of factors as readonly string[]) leaf('AssessmentFactors', f);
          xml.up();
        }
        xml.up();
      }
      for (const p of plans.get(key) ?? []) {
        xml.ele('CINPlanDates');
        leaf('CINPlanStartDate', cell(p, 'CINPlanStartDate'));
        leaf('CINPlanEndDate', cell(p, 'CINPlanEndDate'));
        xml.up();
      }
      for (const s of s47s.get(key) ?? []) {
        xml.ele('Section47');
        for (const k of ['S47ActualStartDate', 'InitialCPCtarget', 'DateOfInitialCPC', 'ICPCnotRequired'])
          leaf(k, cell(s, k));
        xml.up();
      }
      leaf('ReferralNFA', cell(d, 'ReferralNFA') ?? 'false');
      for (const c of cpps.get(key) ?? []) {
        xml.ele('ChildProtectionPlans');
        for (const k of [
          'CPPstartDate',
          'CPPendDate',
          'InitialCategoryOfAbuse',
          'LatestCategoryOfAbuse',
          'NumberOfPreviousCPP',
        ]) {
          leaf(k, cell(c, k));
        }
        const rv = reviews.get(`${key}\u0000${cell(c, 'CPPID') ?? ''}`) ?? [];
        if (rv.length) {
          xml.ele('Reviews');
          for (const r of rv) leaf('CPPreviewDate', cell(r, 'CPPreviewDate'));
          xml.up();
        }
        xml.up();
      }
      xml.up();
    }
    xml.up();
    await flush();
  }
  xml.up().up();
  xml.end();
  await flush();
}
