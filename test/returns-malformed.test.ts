/**
 * Fuzzed and hostile inputs for the return readers: every one must end in a clear problem (file,
 * row or line, what is wrong), never in a crash, a hang or silently lost rows.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Random } from '../src/demo/random.ts';
import { CinReader, readCinFile, readCinText } from '../src/returns/cin/read.ts';
import { validateCinReturn } from '../src/returns/cin/validate.ts';
import type { FileProblem } from '../src/returns/common/findings.ts';
import { parse903File, read903 } from '../src/returns/ssda903/read.ts';

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const EPISODES = readFileSync(join(FIXTURES, '903/current/episodes.csv'));
const CENSUS = readFileSync(join(FIXTURES, 'cin/census-small.xml'), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'kith-malformed-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const parse = (bytes: Uint8Array) => parse903File('episodes.csv', bytes, { collectionYear: 2026 });

/** Every problem says which file, and says something. */
function wellFormed(problems: readonly FileProblem[], file: string): void {
  for (const p of problems) {
    expect(p.file).toBe(file);
    expect(['fatal', 'error', 'warning']).toContain(p.level);
    expect(p.message.length).toBeGreaterThan(10);
  }
}

describe('SSDA903 CSV: fuzzed and broken files', () => {
  it('reports a file cut off at any byte as a truncated last row or a refused file, never losing a row silently', () => {
    for (let cut = 1; cut < EPISODES.length; cut++) {
      const p = parse(EPISODES.subarray(0, cut));
      wellFormed(p.problems, 'episodes.csv');
      if (p.table === null) {
        expect(p.problems.some((x) => x.level === 'fatal')).toBe(true);
        continue;
      }
      // Each non-blank line after the header is either a row or named in a problem.
      const lines = new TextDecoder()
        .decode(EPISODES.subarray(0, cut))
        .split(/\r?\n/)
        .slice(1)
        .filter((l) => l.trim());
      const reported = new Set(p.problems.map((x) => x.row));
      for (let i = 0; i < lines.length; i++) expect(p.rows.includes(i + 2) || reported.has(i + 2)).toBe(true);
    }
  });

  it.each([
    [
      'UTF-16LE with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EPISODES.toString('utf8'), 'utf16le')]),
      'UTF-16',
    ],
    ['UTF-16BE with BOM', Buffer.from([0xfe, 0xff, 0x00, 0x43]), 'UTF-16'],
    ['UTF-16LE without BOM', Buffer.from(EPISODES.toString('utf8'), 'utf16le'), 'binary data'],
    [
      'Windows-1252',
      Buffer.concat([
        EPISODES,
        Buffer.from('T1003,01/05/2025,S,V2,N1,U1,PR1,,,,YO1 7HH,YO10 3AA,Caf\xe9\r\n', 'latin1'),
      ]),
      'not UTF-8 text (line 5',
    ],
    [
      'a lone continuation byte',
      Buffer.concat([EPISODES.subarray(0, 20), Buffer.from([0x80]), EPISODES.subarray(20)]),
      'not UTF-8',
    ],
  ])('refuses %s, saying how to save the file', (_label, bytes, message) => {
    const p = parse(bytes);
    expect(p.table).toBeNull();
    expect(p.problems.at(-1)?.level).toBe('fatal');
    expect(p.problems.at(-1)?.message).toContain(message);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const p = parse(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), EPISODES]));
    expect(p.table).toBe('Episodes');
    expect(p.problems).toEqual([]);
    expect(p.data?.rows).toHaveLength(3);
  });

  it('caps huge fields, quoted or not, reporting the row', () => {
    const header = EPISODES.toString('utf8').split('\r\n')[0];
    const huge = 'X'.repeat(2_000_000);
    const plain = parse(
      utf8(`${header}\nT1,${huge},S,C2,N1,U1,PR1,,,,,,\nT2,01/05/2025,S,C2,N1,U1,PR1,,,,,,\n`),
    );
    expect(plain.data?.rows.map((r) => r.CHILD)).toEqual(['T2']);
    expect(plain.problems[0]).toMatchObject({ level: 'error', row: 2, column: 'DECOM' });
    const quoted = parse(
      utf8(`${header}\nT1,"${huge}",S,C2,N1,U1,PR1,,,,,,\nT2,01/05/2025,S,C2,N1,U1,PR1,,,,,,\n`),
    );
    expect(quoted.data?.rows.map((r) => r.CHILD)).toEqual(['T2']);
    expect(quoted.problems[0]?.level).toBe('error');
    wellFormed(quoted.problems, 'episodes.csv');
  });

  it('refuses binary junk of any shape without crashing', () => {
    const rnd = new Random(903);
    for (let i = 0; i < 300; i++) {
      const bytes = new Uint8Array(rnd.int(1, 4000));
      for (let k = 0; k < bytes.length; k++) bytes[k] = rnd.int(0, 255);
      const p = parse(bytes);
      wellFormed(p.problems, 'episodes.csv');
      expect(p.table === null || p.problems.length >= 0).toBe(true);
      if (p.table === null) expect(p.problems.some((x) => x.level === 'fatal')).toBe(true);
    }
  });

  it('survives random quotes, commas, line breaks and spaces thrown into a good file', () => {
    const rnd = new Random(3);
    const text = EPISODES.toString('utf8');
    for (let i = 0; i < 500; i++) {
      const chars = [...text];
      for (let k = rnd.int(1, 8); k > 0; k--)
        chars.splice(rnd.int(0, chars.length), 0, rnd.pick(['"', ',', '\n', '\r', ' ', '""', '\t', ';']));
      const p = parse(utf8(chars.join('')));
      wellFormed(p.problems, 'episodes.csv');
      if (p.table === null) expect(p.problems.some((x) => x.level === 'fatal')).toBe(true);
      else for (const row of p.data?.rows ?? []) expect(Object.keys(row)).toContain('CHILD');
    }
  });

  it('points at a stray quote mark that joins rows into one cell', () => {
    const header = EPISODES.toString('utf8').split('\r\n')[0];
    const p = parse(
      utf8(`${header}\n"T1,01/05/2025,S,C2,N1,U1,PR1,,,,,,\nT2,01/05/2025,S,C2,N1,U1,PR1,,,,,,\n"T3",x\n`),
    );
    expect(p.problems).toContainEqual(
      expect.objectContaining({
        level: 'error',
        row: 2,
        column: 'CHILD',
        message: expect.stringContaining('stray quote mark'),
      }),
    );
  });

  it('names the unknown and the missing columns of a file it refuses', () => {
    const unknown = parse(
      utf8(
        'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN,NOTES\n',
      ),
    );
    expect(unknown.problems[0]?.message).toContain('unknown column NOTES');
    const missing = parse(
      utf8('CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST\n'),
    );
    expect(missing.problems[0]?.message).toContain('missing column URN');
    expect(missing.problems[0]).toMatchObject({ level: 'fatal', row: 1 });
  });

  it('reads a folder of broken files into problems, one per file', () => {
    const dir = join(tmp, '903');
    rmSync(dir, { recursive: true, force: true });
    for (const [name, bytes] of [
      ['a.csv', new Uint8Array(0)],
      ['b.csv', new Uint8Array([0, 1, 2, 3])],
      ['c.csv', utf8('A,B\n1,2\n')],
    ] as const) {
      writeFileSync(join(tmp, name), bytes);
    }
    const r = read903([join(tmp, 'a.csv'), join(tmp, 'b.csv'), join(tmp, 'c.csv')], {
      collectionYear: '2026',
    });
    expect(r.tables).toEqual({});
    expect(r.problems.map((p) => [p.file.slice(-5), p.level])).toEqual([
      ['a.csv', 'fatal'],
      ['b.csv', 'fatal'],
      ['c.csv', 'fatal'],
    ]);
  });
});

describe('CIN census XML: fuzzed and hostile files', () => {
  const fatalOf = (xml: string) => {
    const r = readCinText('c.xml', xml);
    wellFormed(r.problems, 'c.xml');
    return r.problems.find((p) => p.level === 'fatal');
  };

  it('reports a file cut off at any point as malformed XML with its line', () => {
    for (let cut = 0; cut < CENSUS.length - 1; cut += 7) {
      const f = fatalOf(CENSUS.slice(0, cut));
      expect(f).toBeDefined();
      expect(f?.row).not.toBeNull();
      expect(f?.message).toMatch(/^malformed XML/);
    }
  });

  it('reports wrong nesting with the line and where the element belongs', () => {
    const xml = CENSUS.replace('<Assessments>', '</CINdetails><Assessments>').replace(
      '</Assessments>',
      '</Assessments><CINdetails>',
    );
    const r = readCinText('c.xml', xml);
    expect(r.problems.find((p) => p.column === 'Assessments')?.message).toContain(
      'it belongs inside <CINdetails>',
    );
    expect(fatalOf('<Message><Children><Child><Header/></Child></Children></Message>')).toBeUndefined();
    expect(fatalOf('<Message><Header></Children></Message>')?.message).toContain('malformed XML');
  });

  it('refuses entity expansion ("billion laughs") at the DOCTYPE, at once', () => {
    let doctype = '<!DOCTYPE Message [\n<!ENTITY lol0 "lol">\n';
    for (let i = 1; i < 10; i++) doctype += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">\n`;
    const xml = `<?xml version="1.0"?>\n${doctype}]>\n<Message><Header><CollectionDetails><Collection>&lol9;</Collection></CollectionDetails></Header></Message>`;
    const f = fatalOf(xml);
    expect(f?.message).toContain('DOCTYPE');
    expect(f?.message).toContain('entity-expansion');
  });

  it('refuses external entities, and undefined entities without a DOCTYPE', () => {
    const xxe =
      '<!DOCTYPE Message [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Message><Header>&xxe;</Header></Message>';
    expect(fatalOf(xxe)?.message).toContain('DOCTYPE');
    expect(fatalOf('<Message><Header>&xxe;</Header></Message>')?.message).toMatch(
      /malformed XML.*undefined entity/,
    );
  });

  it('does not hand a DOCTYPE file to the schema check', async () => {
    const file = join(tmp, 'xxe.xml');
    writeFileSync(
      file,
      '<!DOCTYPE Message [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Message>&xxe;</Message>',
    );
    const report = await validateCinReturn(file, { year: '2025' });
    expect(report.summary.fileProblems.fatal).toBe(1);
    expect(report.schema?.status).toBe('not-run');
  });

  it('refuses huge text, comments and attributes without holding them', () => {
    const huge = 'A'.repeat(5_000_000);
    expect(
      fatalOf(`<Message><Children><Child><ChildIdentifiers><LAchildID>${huge}</LAchildID>`)?.message,
    ).toContain('runs past');
    expect(fatalOf(`<Message><!--${huge}--></Message>`)?.message).toContain('runs past');
    expect(fatalOf(`<Message a="${huge}"></Message>`)?.message).toContain('runs past');
  });

  it('streams a huge text node from disk and stops early', async () => {
    const file = join(tmp, 'huge.xml');
    writeFileSync(
      file,
      `<Message><Children><Child><ChildIdentifiers><LAchildID>${'9'.repeat(30_000_000)}</LAchildID></ChildIdentifiers></Child></Children></Message>`,
    );
    const r = await readCinFile(file);
    expect(r.problems.at(-1)).toMatchObject({ level: 'fatal', column: 'LAchildID' });
  });

  it('refuses nesting deeper than any census', () => {
    expect(fatalOf(`<Message>${'<a>'.repeat(100_000)}`)?.message).toContain('nested more than');
  });

  it('survives random byte damage to a good file', () => {
    const rnd = new Random(4);
    for (let i = 0; i < 300; i++) {
      const chars = [...CENSUS];
      for (let k = rnd.int(1, 6); k > 0; k--) {
        const at = rnd.int(0, chars.length - 1);
        chars[at] = rnd.pick(['<', '>', '&', '/', '"', '\u0000', 'x', '\n', ']]>', '<!--', '<?x']);
      }
      const reader = new CinReader('c.xml');
      reader.write(chars.join(''));
      const r = reader.finish();
      wellFormed(r.problems, 'c.xml');
      for (const row of r.tables.ChildIdentifiers?.rows ?? [])
        expect(Object.keys(row)).toContain('LAchildID');
    }
  });
});
