/**
 * Generates a realistic synthetic CIN census XML file for benchmarks: children referred during or
 * before the census year, with assessments (and their factors), CIN plans, section 47 enquiries and
 * child protection plans with several reviews, written as a stream so a 100,000-child file never sits
 * in memory. About 2% of children carry a deliberate error. Synthetic data only.
 *
 * Usage: npx tsx bench/gen-cin.ts --children 10000 --out bench/out/cin-10k.xml [--year 2025] [--seed 1]
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { dayToIso, isoToDay, plusYears } from '../src/core/day.ts';
import { makeUpn } from '../src/core/identifiers.ts';
import { Random } from '../src/demo/random.ts';

const ETHNIC: readonly (readonly [string, number])[] = [
  ['WBRI', 72],
  ['WOTH', 5],
  ['MWBC', 3],
  ['MWAS', 2],
  ['MOTH', 3],
  ['APKN', 3],
  ['BAFR', 3],
  ['BCRB', 2],
  ['OOTH', 2],
  ['REFU', 2],
  ['NOBT', 3],
];
const SOURCES = [
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
];
const NEEDS: readonly (readonly [string, number])[] = [
  ['N1', 55],
  ['N2', 8],
  ['N3', 5],
  ['N4', 15],
  ['N5', 4],
  ['N6', 3],
  ['N7', 2],
  ['N8', 5],
  ['N9', 3],
];
const CLOSURES = ['RC1', 'RC2', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7', 'RC8', 'RC9'];
const FACTORS = [
  '1B',
  '1C',
  '2B',
  '2C',
  '3B',
  '3C',
  '4B',
  '4C',
  '5B',
  '5C',
  '6B',
  '6C',
  '8B',
  '8C',
  '9A',
  '10A',
  '11A',
  '12A',
  '14A',
  '16A',
  '18B',
  '19B',
  '21',
  '22A',
  '23A',
  '24A',
];
const ABUSE = ['NEG', 'NEG', 'NEG', 'EMO', 'EMO', 'PHY', 'SAB', 'MUL'];

const iso = dayToIso;
const el = (name: string, value: string | null | undefined, pad: string): string =>
  value === null || value === undefined ? '' : `${pad}<${name}>${value}</${name}>\n`;

const idOf = (i: number): string => `CIN${String(i + 1).padStart(7, '0')}`;

/**
 * The child's LAchildID: its own; or, with `shared`, now and then an earlier child's or none at all,
 * so that the checks that look across children (and children split over batches) have work to do.
 */
function childId(i: number, rnd: Random, shared: boolean): string | null {
  if (!shared || i === 0) return idOf(i);
  if (rnd.chance(0.01)) return null;
  return rnd.chance(0.02) ? idOf(rnd.int(0, i - 1)) : idOf(i);
}

function child(i: number, rnd: Random, start: number, end: number, year: number, shared: boolean): string {
  const error = rnd.chance(0.02) ? rnd.pick(['ethnicity', 'date', 'upn', 'order']) : null;
  const referral = end - rnd.int(0, 700);
  const unborn = rnd.chance(0.02);
  const dob = unborn ? null : referral - rnd.int(0, 17 * 365);
  const p = '        ';
  let x = '    <Child>\n      <ChildIdentifiers>\n';
  x += el('LAchildID', childId(i, rnd, shared), p);
  if (dob !== null && rnd.chance(0.8) && dob < end - 4 * 365) {
    x += el('UPN', error === 'upn' ? 'A816123456780' : makeUpn(816, rnd.int(1000, 9999), i), p);
  } else {
    x += el('UPNunknown', rnd.pick(['UN1', 'UN2', 'UN3']), p);
  }
  if (dob !== null) x += el('PersonBirthDate', error === 'date' ? '2015-02-31' : iso(dob), p);
  else x += el('ExpectedPersonBirthDate', iso(end + rnd.int(10, 200)), p);
  if (year >= 2025) x += el('Sex', dob === null ? 'U' : rnd.pick(['M', 'F']), p);
  else x += el('GenderCurrent', dob === null ? '0' : rnd.pick(['1', '2']), p);
  x += '      </ChildIdentifiers>\n      <ChildCharacteristics>\n';
  x += el('Ethnicity', error === 'ethnicity' ? 'XXXX' : rnd.weighted(ETHNIC), p);
  x += `${p}<Disabilities>\n${p}  <Disability>${rnd.chance(0.88) ? 'NONE' : rnd.pick(['LD', 'AUT', 'COMM', 'BEH', 'MOB'])}</Disability>\n${p}</Disabilities>\n`;
  x += '      </ChildCharacteristics>\n';
  const episodes = rnd.chance(0.15) ? 2 : 1;
  let from = referral - (episodes === 2 ? rnd.int(200, 400) : 0);
  for (let k = 0; k < episodes; k++) {
    const ref = from;
    const closed = k < episodes - 1 || rnd.chance(0.55);
    const close = closed ? Math.min(end, ref + rnd.int(20, 300)) : null;
    const nfa = rnd.chance(0.08);
    const q = '          ';
    x += '      <CINdetails>\n';
    x += el('CINreferralDate', iso(ref), '        ');
    x += el('ReferralSource', rnd.pick(SOURCES), '        ');
    x += el('PrimaryNeedCode', nfa ? null : rnd.weighted(NEEDS), '        ');
    if (close !== null) {
      x += el('CINclosureDate', iso(nfa ? ref : close), '        ');
      x += el('ReasonForClosure', nfa ? 'RC8' : rnd.pick(CLOSURES), '        ');
    }
    const s47 = !nfa && rnd.chance(0.25);
    const icpc = s47 && rnd.chance(0.5) ? ref + rnd.int(10, 15) : null;
    if (icpc !== null) x += el('DateOfInitialCPC', iso(icpc), '        ');
    if (!nfa) {
      const started = ref + rnd.int(0, 5);
      x += `        <Assessments>\n${el('AssessmentActualStartDate', iso(started), q)}`;
      if (rnd.chance(0.9)) {
        x += el('AssessmentAuthorisationDate', iso(started + rnd.int(10, 45)), q);
        x += `${q}<FactorsIdentifiedAtAssessment>\n`;
        for (let f = rnd.int(1, 4); f > 0; f--)
          x += `${q}  <AssessmentFactors>${rnd.pick(FACTORS)}</AssessmentFactors>\n`;
        x += `${q}</FactorsIdentifiedAtAssessment>\n`;
      }
      x += '        </Assessments>\n';
    }
    const plan = !nfa && rnd.chance(0.4);
    if (plan && error !== 'order') {
      x += `        <CINPlanDates>\n${el('CINPlanStartDate', iso(ref + rnd.int(20, 50)), q)}`;
      if (close !== null) x += el('CINPlanEndDate', iso(close), q);
      x += '        </CINPlanDates>\n';
    }
    if (s47) {
      const s = ref + rnd.int(1, 5);
      x += `        <Section47>\n${el('S47ActualStartDate', iso(s), q)}`;
      x += el('InitialCPCtarget', iso(s + 15), q);
      if (icpc !== null) x += el('DateOfInitialCPC', iso(icpc), q);
      x += el('ICPCnotRequired', icpc === null && rnd.chance(0.3) ? 'true' : 'false', q);
      x += '        </Section47>\n';
    }
    x += el('ReferralNFA', nfa ? 'true' : 'false', '        ');
    if (plan && error === 'order')
      x += `        <CINPlanDates>\n${el('CINPlanStartDate', iso(ref + 30), q)}        </CINPlanDates>\n`;
    if (icpc !== null) {
      const cppEnd = close !== null && rnd.chance(0.6) ? close : null;
      x += `        <ChildProtectionPlans>\n${el('CPPstartDate', iso(icpc), q)}`;
      if (cppEnd !== null) x += el('CPPendDate', iso(cppEnd), q);
      const abuse = rnd.pick(ABUSE);
      x += el('InitialCategoryOfAbuse', abuse, q) + el('LatestCategoryOfAbuse', abuse, q);
      x += el('NumberOfPreviousCPP', String(rnd.int(1, 3)), q);
      // Reviews: three months after the conference, then every six months while the plan lasts.
      const reviews: number[] = [];
      for (let r = icpc + 91; r <= (cppEnd ?? end) && r <= end; r += 182) reviews.push(r);
      if (reviews.length) {
        x += `${q}<Reviews>\n`;
        for (const r of reviews) x += `${q}  <CPPreviewDate>${iso(r)}</CPPreviewDate>\n`;
        x += `${q}</Reviews>\n`;
      }
      x += '        </ChildProtectionPlans>\n';
    }
    x += '      </CINdetails>\n';
    from = (close ?? ref) + rnd.int(30, 120);
    if (from > end) break;
  }
  void start;
  return `${x}    </Child>\n`;
}

/** Write a census of `children` children for the collection ending 31 March `year`. */
export async function generateCin(options: {
  children: number;
  out: string;
  year: number;
  seed: number;
  /** Give some children another child's LAchildID, or none (for tests; off in the benchmarks). */
  sharedIds?: boolean;
}) {
  const end = isoToDay(`${options.year}-03-31`) as number;
  const start = plusYears(end, -1) + 1;
  const rnd = new Random(options.seed);
  const out = createWriteStream(options.out);
  let bytes = 0;
  const write = async (s: string) => {
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, 'drain');
  };
  await write(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Message>\n  <Header>\n    <CollectionDetails>\n` +
      `      <Collection>CIN</Collection>\n      <Year>${options.year}</Year>\n      <ReferenceDate>${iso(end)}</ReferenceDate>\n` +
      `    </CollectionDetails>\n    <Source>\n      <SourceLevel>L</SourceLevel>\n      <LEA>816</LEA>\n` +
      `      <SoftwareCode>kith bench</SoftwareCode>\n      <Release>1</Release>\n      <SerialNo>001</SerialNo>\n` +
      `      <DateTime>${iso(end + 10)}T09:00:00</DateTime>\n    </Source>\n  </Header>\n  <Children>\n`,
  );
  let batch = '';
  for (let i = 0; i < options.children; i++) {
    batch += child(i, rnd.fork(i + 1), start, end, options.year, options.sharedIds ?? false);
    if (batch.length > 1 << 20) {
      await write(batch);
      batch = '';
    }
  }
  await write(`${batch}  </Children>\n</Message>\n`);
  out.end();
  await once(out, 'finish');
  return bytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      children: { type: 'string', default: '1000' },
      out: { type: 'string' },
      year: { type: 'string', default: '2025' },
      seed: { type: 'string', default: '1' },
    },
  });
  const children = Number(values.children);
  const out = values.out ?? `bench/out/cin-${children}.xml`;
  const bytes = await generateCin({ children, out, year: Number(values.year), seed: Number(values.seed) });
  console.log(`${children} children: ${(bytes / 1e6).toFixed(1)} MB in ${out}`);
}
