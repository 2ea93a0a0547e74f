import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CinReadBatch, CinReader, MAX_TEXT_LENGTH, readCinFile, readCinText } from './read.ts';

const FIXTURE = new URL('../../../test/fixtures/cin/census-small.xml', import.meta.url).pathname;

const wrap = (children: string, header = '') =>
  `<Message><Header>${header}</Header><Children>${children}</Children></Message>`;
const child = (inner: string, id = 'C1') =>
  `<Child><ChildIdentifiers><LAchildID>${id}</LAchildID></ChildIdentifiers>` +
  `<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>${inner}</Child>`;

describe('readCinFile on the small census fixture', async () => {
  const r = await readCinFile(FIXTURE);

  it('reads it without problems', () => {
    expect(r.problems).toEqual([]);
    expect(r.children).toBe(2);
    expect(r.referenceDate).toBe('2025-03-31');
  });

  it('builds the Header and one ChildIdentifiers/ChildCharacteristics row per child', () => {
    expect(r.tables.Header?.rows).toEqual([
      {
        Collection: 'CIN',
        Year: '2025',
        ReferenceDate: '2025-03-31',
        SourceLevel: 'L',
        LEA: '816',
        SoftwareCode: 'kith',
        Release: 'test',
        SerialNo: '001',
        DateTime: '2025-04-02T09:00:00',
      },
    ]);
    expect(
      r.tables.ChildIdentifiers?.rows.map((x) => [x.LAchildID, x.UPN, x.UPNunknown, x.GenderCurrent]),
    ).toEqual([
      ['TEST001', 'A816123456789', null, '1'],
      ['TEST002', null, 'UN1', '2'],
    ]);
    expect(r.tables.ChildCharacteristics?.rows).toEqual([
      { LAchildID: 'TEST001', Ethnicity: 'WBRI' },
      { LAchildID: 'TEST002', Ethnicity: 'MWBC' },
    ]);
    expect(r.tables.Disabilities?.rows).toEqual([
      { LAchildID: 'TEST001', Disability: 'HAND' },
      { LAchildID: 'TEST001', Disability: 'HEAR' },
    ]);
  });

  it('numbers CINdetails 1..n within each child, and assessments and plans within each CINdetails', () => {
    expect(
      r.tables.CINdetails?.rows.map((x) => [x.LAchildID, x.CINdetailsID, x.ReferralSource, x.ReferralNFA]),
    ).toEqual([
      ['TEST001', '1', '1A', 'false'],
      ['TEST002', '1', '5A', 'false'],
      ['TEST002', '2', '3A', 'false'],
    ]);
    expect(r.tables.Assessments?.rows).toEqual([
      {
        LAchildID: 'TEST001',
        CINdetailsID: '1',
        AssessmentID: '1',
        AssessmentActualStartDate: '2024-05-11',
        AssessmentInternalReviewDate: null,
        AssessmentAuthorisationDate: '2024-06-14',
        AssessmentFactors: ['2B', '3B'],
      },
      {
        LAchildID: 'TEST002',
        CINdetailsID: '2',
        AssessmentID: '1',
        AssessmentActualStartDate: '2024-11-21',
        AssessmentInternalReviewDate: null,
        AssessmentAuthorisationDate: null,
        AssessmentFactors: null,
      },
    ]);
    expect(r.tables.AssessmentFactorsList?.rows).toEqual([
      { LAchildID: 'TEST001', CINdetailsID: '1', AssessmentID: '1', AssessmentFactor: '2B' },
      { LAchildID: 'TEST001', CINdetailsID: '1', AssessmentID: '1', AssessmentFactor: '3B' },
    ]);
    expect(r.tables.CINplanDates?.rows).toEqual([
      {
        LAchildID: 'TEST002',
        CINdetailsID: '1',
        CINPlanStartDate: '2023-12-04',
        CINPlanEndDate: '2024-07-31',
      },
    ]);
    expect(r.tables.Section47?.rows[0]).toMatchObject({
      LAchildID: 'TEST001',
      InitialCPCtarget: '2024-06-17',
      ICPCnotRequired: 'false',
    });
    expect(
      r.tables.ChildProtectionPlans?.rows.map((x) => [
        x.LAchildID,
        x.CINdetailsID,
        x.CPPID,
        x.NumberOfPreviousCPP,
      ]),
    ).toEqual([['TEST001', '1', '1', '1']]);
  });

  it('keeps every review date of a Reviews element, one row each', () => {
    expect(r.tables.Reviews?.rows).toEqual([
      { LAchildID: 'TEST001', CINdetailsID: '1', CPPID: '1', CPPreviewDate: '2024-09-12' },
      { LAchildID: 'TEST001', CINdetailsID: '1', CPPID: '1', CPPreviewDate: '2025-03-06' },
    ]);
  });

  it('records the line of each row', () => {
    expect(r.lines.ChildIdentifiers).toEqual([21, 67]);
    expect(r.lines.Reviews).toEqual([60, 61]);
  });
});

describe('CinReader', () => {
  it('gives the same tables however the text is split into chunks', () => {
    const xml = wrap(
      child(
        '<CINdetails><CINreferralDate>2024-05-10</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails>',
      ),
    );
    const whole = readCinText('t.xml', xml);
    const reader = new CinReader('t.xml');
    for (let i = 0; i < xml.length; i += 7) reader.write(xml.slice(i, i + 7));
    const pieces = reader.finish();
    expect(pieces.tables).toEqual(whole.tables);
    expect(pieces.problems).toEqual([]);
  });

  it('gives every row the LAchildID, even when ChildIdentifiers comes last', () => {
    const xml = wrap(
      '<Child><ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>' +
        '<CINdetails><ReferralNFA>0</ReferralNFA></CINdetails>' +
        '<ChildIdentifiers><LAchildID>LATE</LAchildID></ChildIdentifiers></Child>',
    );
    const r = readCinText('t.xml', xml);
    expect(r.tables.CINdetails?.rows[0]?.LAchildID).toBe('LATE');
    expect(r.tables.ChildCharacteristics?.rows[0]?.LAchildID).toBe('LATE');
  });

  it('reports an unknown element and an element in the wrong place, with its line, and reads on', () => {
    const xml = wrap(
      child(
        '<CINdetails>\n<Colour>red</Colour>\n<CPPstartDate>2024-01-01</CPPstartDate><ReferralNFA>0</ReferralNFA></CINdetails>',
      ),
    );
    const r = readCinText('t.xml', xml);
    expect(r.problems.map((p) => [p.level, p.row, p.column])).toEqual([
      ['error', 2, 'Colour'],
      ['error', 3, 'CPPstartDate'],
    ]);
    expect(r.problems[0]?.message).toContain('unknown element <Colour> at line 2 inside <CINdetails>');
    expect(r.problems[1]?.message).toContain(
      '<CPPstartDate> at line 3 is inside <CINdetails>; it belongs inside <ChildProtectionPlans>',
    );
    expect(r.tables.CINdetails?.rows[0]?.ReferralNFA).toBe('0');
  });

  it('reports stray text, a repeated element, an element inside a field, a bad date and an unknown code', () => {
    const xml = wrap(
      '<Child>stray<ChildIdentifiers><LAchildID>A</LAchildID><LAchildID>B</LAchildID>' +
        '<UPN><b>x</b></UPN><PersonBirthDate>01/02/2015</PersonBirthDate></ChildIdentifiers>' +
        '<ChildCharacteristics><Ethnicity>XXXX</Ethnicity></ChildCharacteristics></Child>',
    );
    const r = readCinText('t.xml', xml);
    const messages = r.problems.map((p) => p.message).join('\n');
    expect(messages).toContain("stray text 'stray'");
    expect(messages).toContain('repeats an element already given');
    expect(messages).toContain('<UPN> at line 1 holds an element <b>');
    expect(messages).toContain("'01/02/2015' is not a date; dates are YYYY-MM-DD");
    expect(messages).toContain("<Ethnicity> at line 1: 'XXXX' is not a valid code");
    expect(r.tables.ChildIdentifiers?.rows[0]?.LAchildID).toBe('A');
  });

  it('refuses a root other than Message', () => {
    const r = readCinText('t.xml', '<Census><Children/></Census>');
    expect(r.problems).toEqual([expect.objectContaining({ level: 'fatal', column: 'Census' })]);
    expect(r.problems[0]?.message).toContain('a CIN census file has <Message> as its root');
  });

  it('refuses malformed XML with the line and column', () => {
    const r = readCinText('t.xml', '<Message>\n<Header>\n</Message>');
    expect(r.problems).toEqual([expect.objectContaining({ level: 'fatal', row: 3 })]);
    expect(r.problems[0]?.message).toMatch(/^malformed XML at line 3, column \d+: /);
  });

  it('refuses text longer than the cap before holding it all', () => {
    const reader = new CinReader('t.xml');
    reader.write(`<Message><Children><Child><ChildIdentifiers><LAchildID>`);
    const block = 'x'.repeat(1 << 16);
    let writes = 0;
    while (reader.write(block) && writes < 1000) writes++;
    expect(writes).toBeLessThan(Math.ceil(MAX_TEXT_LENGTH / block.length) + 3);
    const r = reader.finish();
    expect(r.problems.at(-1)).toMatchObject({ level: 'fatal', column: 'LAchildID' });
  });
});

describe('CinReader in batches of children', () => {
  const cin = (date: string) =>
    `<CINdetails><CINreferralDate>${date}</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails>`;
  const xml = wrap(
    [
      child(cin('2024-05-01') + cin('2024-06-01'), 'A'),
      child(cin('2024-07-01'), 'B'),
      child('', 'C'),
      child(cin('2024-08-01'), 'A'),
    ].join('\n'),
    '<CollectionDetails><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails>',
  );
  const batchesOf = (options: ConstructorParameters<typeof CinReader>[1]): CinReadBatch[] => {
    const batches: CinReadBatch[] = [];
    const reader = new CinReader('t.xml', { ...options, onBatch: (b) => batches.push(b) });
    reader.write(xml);
    const r = reader.finish();
    expect(r.tables.Header?.rows).toHaveLength(1);
    expect(r.tables.CINdetails?.rows).toEqual([]);
    return batches;
  };

  it('hands the rows over in batches that put together are the whole tables', () => {
    const whole = readCinText('t.xml', xml);
    const batches = batchesOf({ batchChildren: 3 });
    expect(batches.map((b) => b.children)).toEqual([3, 1]);
    expect(batches.map((b) => b.firstRow.CINdetails)).toEqual([0, 3]);
    expect(batches.every((b) => b.referenceDate === '2025-03-31' && b.tables.Header?.rows.length === 0)).toBe(
      true,
    );
    for (const t of ['ChildIdentifiers', 'CINdetails'] as const) {
      expect(batches.flatMap((b) => b.tables[t]?.rows ?? [])).toEqual(whole.tables[t]?.rows);
      expect(batches.flatMap((b) => b.lines[t])).toEqual(whole.lines[t]);
    }
  });

  it('keeps only the children asked for, with where their rows are in the whole return', () => {
    const [only, ...more] = batchesOf({ keepChild: (id) => id === 'A' });
    expect(more).toEqual([]);
    expect(only?.tables.CINdetails?.rows.map((r) => r.CINreferralDate)).toEqual([
      '2024-05-01',
      '2024-06-01',
      '2024-08-01',
    ]);
    expect(only?.positions?.CINdetails).toEqual([0, 1, 3]);
    expect(only?.positions?.ChildIdentifiers).toEqual([0, 3]);
  });

  it('throws what onBatch throws, rather than reporting it as a problem with the file', () => {
    const reader = new CinReader('t.xml', {
      batchChildren: 1,
      onBatch: () => {
        throw new Error('rule engine broke');
      },
    });
    expect(reader.write(xml)).toBe(false);
    expect(() => reader.finish()).toThrow('rule engine broke');
  });

  it('makes one, empty, batch of a census with no children', () => {
    const batches: CinReadBatch[] = [];
    const reader = new CinReader('t.xml', { batchChildren: 2, onBatch: (b) => batches.push(b) });
    reader.write(wrap(''));
    reader.finish();
    expect(batches.map((b) => [b.children, b.tables.ChildIdentifiers?.rows.length])).toEqual([[0, 0]]);
  });
});

describe('readCinFile on bad bytes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kith-cin-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, bytes: Uint8Array | string) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  it.each([
    ['empty', '', 'the file is empty'],
    ['utf16', new Uint8Array([0xff, 0xfe, 0x3c, 0x00]), 'UTF-16'],
    ['latin1', new Uint8Array([...new TextEncoder().encode('<Message><Children>'), 0xe9, 0x3c]), 'not UTF-8'],
    ['missing', null, 'no such file'],
  ])('refuses %s', async (name, bytes, message) => {
    const path = bytes === null ? join(dir, 'nope.xml') : file(`${name}.xml`, bytes);
    const r = await readCinFile(path);
    expect(r.problems.at(-1)).toMatchObject({ level: 'fatal' });
    expect(r.problems.at(-1)?.message).toContain(message);
  });

  it('reads a UTF-8 BOM', async () => {
    const r = await readCinFile(file('bom.xml', `\uFEFF${wrap(child(''))}`));
    expect(r.problems).toEqual([]);
    expect(r.children).toBe(1);
  });
});
