/**
 * The returns pages through the whole app (`app.inject`), with multipart bodies built here from the
 * small synthetic files in test/fixtures/web/: upload, results, downloads, form errors, CSRF, limits,
 * and that no uploaded file outlives its request.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.ts';
import { ExpiringMap } from '../src/server/returns/expiring-map.ts';
import { defaultYear } from '../src/server/returns/form.ts';
import { duration, londonTime } from '../src/server/returns/present.ts';
import { cleanFileName } from '../src/server/returns/upload.ts';
import { registerReturnRoutes } from '../src/server/routes/returns.ts';
import { createViews } from '../src/server/views.ts';
import type { Store } from '../src/store/db.ts';
import { openTestStore } from './support/store.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'web');
const fixture = (...path: string[]) => readFileSync(join(FIXTURES, ...path));

type Part =
  | { readonly name: string; readonly value: string }
  | { readonly name: string; readonly filename: string; readonly content: Buffer; readonly type?: string };

/** A multipart/form-data body as a browser sends it, parts in the order given. */
function multipart(parts: readonly Part[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----kithtest7d1b2c';
  const chunks: Buffer[] = [];
  for (const p of parts) {
    if ('value' in p) {
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"\r\n\r\n${p.value}\r\n`,
        ),
      );
    } else {
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"; filename="${p.filename}"\r\n` +
            `Content-Type: ${p.type ?? 'application/octet-stream'}\r\n\r\n`,
        ),
        p.content,
        Buffer.from('\r\n'),
      );
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const files903 = (folder: string): Part[] =>
  readdirSync(join(FIXTURES, folder))
    .sort()
    .map((f) => ({ name: 'files903', filename: f, content: fixture(folder, f), type: 'text/csv' }));

/** A browser: keeps the cookies the app sets and sends them back. */
class Browser {
  private readonly cookies = new Map<string, string>();
  constructor(private readonly app: FastifyInstance) {}

  async request(options: {
    method?: 'GET' | 'POST';
    url: string;
    payload?: Buffer;
    headers?: Record<string, string>;
  }) {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await this.app.inject({
      method: options.method ?? 'GET',
      url: options.url,
      payload: options.payload,
      headers: { ...options.headers, ...(cookie ? { cookie } : {}) },
    });
    for (const c of res.cookies) this.cookies.set(c.name, c.value);
    return res;
  }

  /** Open the upload page and return the form's CSRF token. */
  async token(): Promise<string> {
    const res = await this.request({ url: '/returns?return=ssda903' });
    const token = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1];
    if (!token) throw new Error('no CSRF token on the upload page');
    return token;
  }

  /** Fill in and send the form as the page does (token first), following the redirect. */
  async upload(fields: Record<string, string>, files: readonly Part[], token?: string) {
    const parts: Part[] = [
      { name: '_csrf', value: token ?? (await this.token()) },
      ...Object.entries(fields).map(([name, value]) => ({ name, value })),
      ...files,
    ];
    const posted = await this.request({ method: 'POST', url: '/returns/validate', ...multipart(parts) });
    const location = posted.headers.location;
    const page = typeof location === 'string' ? await this.request({ url: location }) : null;
    return { posted, location: typeof location === 'string' ? location : null, page };
  }
}

const uploadDirs = () => readdirSync(tmpdir()).filter((d) => d.startsWith('kith-upload-'));

let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  store = await openTestStore();
  await store.db
    .insertInto('council')
    .values({
      la_code: 'E06000014',
      la_number: '816',
      name: 'Testbridge (synthetic)',
      demo_profile: null,
      demo_seed: null,
    })
    .execute();
  app = await buildApp({ db: store.db, dbKind: store.kind, today: () => '2026-05-12', production: true });
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe('GET /returns: choose a return, then upload it', () => {
  it('asks which return first, and says files are not kept', async () => {
    const browser = new Browser(app);
    const res = await browser.request({ url: '/returns' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('<title>Check a return – kith</title>');
    expect(res.body).toMatch(/type="radio" value="ssda903"/);
    expect(res.body).toMatch(/type="radio" value="cin"/);
    expect(res.body).toContain('The files you upload are not kept');
    expect(res.body).toContain('href="/returns" aria-current="true"');
    expect(res.body).not.toContain('There is a problem');
  });

  it('asks again when nothing was chosen', async () => {
    const res = await new Browser(app).request({ url: '/returns?step=choose' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Error: Check a return – kith</title>');
    expect(res.body).toContain('<a href="#return">Select which return you want to check</a>');
  });

  it('the 903 upload: the years with rules, the council code, a CSRF token before any file', async () => {
    const browser = new Browser(app);
    const res = await browser.request({ url: '/returns?return=ssda903' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Upload the SSDA903 files – kith</title>');
    expect(res.body).toContain('enctype="multipart/form-data"');
    // 12 May 2026: the 2025 to 2026 return is being sent, so that year is chosen.
    expect(res.body).toMatch(/name="year903" type="radio" value="2026" checked/);
    expect(res.body).toMatch(/name="year903" type="radio" value="2027"/);
    expect(res.body).toContain('value="E06000014"');
    expect(res.body).toMatch(/name="files903" type="file"\s+multiple/);
    expect(res.body).toMatch(/<form[^>]*>\s*(<!--.*?-->\s*)?\s*<input type="hidden" name="_csrf"/s);
    const names = res.cookies.map((c) => c.name).sort();
    expect(names).toEqual(['kith_returns', 'kith_returns_csrf']);
    for (const c of res.cookies) {
      expect(c.httpOnly).toBe(true);
      expect(c.path).toBe('/returns');
    }
  });

  it('the CIN upload: one XML file and the census years', async () => {
    const res = await new Browser(app).request({ url: '/returns?return=cin' });
    expect(res.body).toContain('<title>Upload the CIN census file – kith</title>');
    expect(res.body).toMatch(/name="yearCin" type="radio" value="2026" checked/);
    expect(res.body).not.toMatch(/value="2027"/);
    expect(res.body).toMatch(/name="fileCin" type="file"\s+aria-describedby/);
    expect(res.body).not.toContain('name="la"');
  });
});

describe('POST /returns/validate: SSDA903', () => {
  it('checks a clean return, redirects to its results and deletes the files', async () => {
    const before = uploadDirs();
    const browser = new Browser(app);
    const { posted, location, page } = await browser.upload(
      { return: 'ssda903', year903: '2026', la: 'e06000014', yearCin: '2025' },
      files903('903-clean'),
    );
    expect(posted.statusCode).toBe(303);
    expect(location).toMatch(/^\/returns\/report\/[A-Za-z0-9_-]{22}$/);
    expect(page?.statusCode).toBe(200);
    const body = page?.body ?? '';
    expect(body).toContain('SSDA903 2025 to 2026');
    expect(body).toContain('0 errors, 0 queries from 0 rules');
    expect(body).toContain('data-qa="no-findings"');
    expect(body).toContain('header.csv');
    expect(body).toContain('E06000014');
    expect(body).toContain('The files you uploaded have not been kept');
    expect(body).toMatch(
      /Time taken\s*<\/dt>\s*<dd class="govuk-summary-list__value">\s*[\d.]+ (milli)?seconds/,
    );
    expect(uploadDirs()).toEqual(before);
  });

  it('shows the findings: summary, counts by rule (chart and table), first rows per rule', async () => {
    const browser = new Browser(app);
    const { page } = await browser.upload(
      { return: 'ssda903', year903: '2026', la: 'E06000014' },
      files903('903-errors'),
    );
    const body = page?.body ?? '';
    expect(page?.statusCode).toBe(200);
    expect(body).toMatch(/SSDA903 2025\/26: 16 errors, 0 queries from 12 rules \(\d+ rules run\)/);
    expect(body).toContain('<svg role="img" aria-labelledby="rule-chart-title"');
    expect(body).toContain('data-qa="rule-counts"');
    // Rule 393 has the most findings, so it leads both the chart and the table.
    const counts = body.slice(body.indexOf('data-qa="rule-counts"'));
    expect(counts.indexOf('>393<')).toBeLessThan(counts.indexOf('>356<'));
    expect(body).toContain('The date the episode ceased is before the date the same episode started.');
    const rule356 = body.slice(body.indexOf('data-qa="examples-356"'));
    expect(rule356).toMatch(/Episodes[\s\S]*?>2<[\s\S]*?WEB101[\s\S]*?DECOM/);
    expect(body).toContain('data-qa="file-problems"');
    expect(body).toContain('&#39;XXXX&#39; is not a valid ETHNIC code');
    // Nothing points at the server's disk.
    expect(body).not.toContain(tmpdir());
    expect(body).not.toContain('kith-upload');
  });

  it('offers the findings as csv, xlsx, json and html downloads, without the server paths', async () => {
    const browser = new Browser(app);
    const { location } = await browser.upload(
      { return: 'ssda903', year903: '2026', la: 'E06000014' },
      files903('903-errors'),
    );
    const csv = await browser.request({ url: `${location}.csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="ssda903-2026-findings.csv"');
    expect(csv.body).toContain('finding,356,error,Episodes,2,WEB101,DECOM');
    const json = await browser.request({ url: `${location}.json` });
    const parsed = json.json() as { findings: { code: string; file: string }[]; summary: { errors: number } };
    expect(parsed.summary.errors).toBe(16);
    expect(parsed.findings.find((f) => f.code === '356')?.file).toBe('episodes.csv');
    expect(json.body).not.toContain('kith-upload');
    const xlsx = await browser.request({ url: `${location}.xlsx` });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const html = await browser.request({ url: `${location}.html` });
    expect(html.headers['content-disposition']).toContain('.html"');
    expect(html.body).toContain('Findings by rule');
    expect(html.body).not.toContain('kith-upload');
  });

  it("takes last year's files as the previous year's tables", async () => {
    const browser = new Browser(app);
    const previous = files903('903-clean').map((p) => ({ ...p, name: 'previous903' }));
    const { page } = await browser.upload({ return: 'ssda903', year903: '2026', la: 'E06000014' }, [
      ...files903('903-clean'),
      ...previous,
    ]);
    expect(page?.statusCode).toBe(200);
    expect(page?.body).toContain('Last year&#39;s files');
  });
});

describe('POST /returns/validate: CIN census', () => {
  it('checks a census file: errors, queries and the schema check', async () => {
    const browser = new Browser(app);
    const { page } = await browser.upload({ return: 'cin', year903: '2026', la: '', yearCin: '2025' }, [
      { name: 'files903', filename: '', content: Buffer.alloc(0) },
      { name: 'fileCin', filename: 'cin-small.xml', content: fixture('cin-small.xml'), type: 'text/xml' },
    ]);
    expect(page?.statusCode).toBe(200);
    const body = page?.body ?? '';
    expect(body).toContain('CIN census 2024 to 2025');
    expect(body).toMatch(/CIN census 2024\/25: 6 errors, 3 queries from 7 rules/);
    expect(body).toContain('Query: Please check and either amend');
    expect(body).toContain('WEBC01');
    expect(body).toMatch(
      /The file is (not )?valid against CIN_schema_2024\.xsd|The schema check was not run/,
    );
    expect(body).not.toContain('kith-upload');
  });
});

describe('bad input: the GOV.UK error summary, after a redirect', () => {
  async function errorsFor(fields: Record<string, string>, files: readonly Part[]) {
    const browser = new Browser(app);
    const { posted, location, page } = await browser.upload(fields, files);
    expect(posted.statusCode).toBe(303);
    const kind = fields.return;
    expect(location).toBe(kind ? `/returns?return=${kind}` : '/returns');
    expect(page?.statusCode).toBe(200);
    const body = page?.body ?? '';
    expect(body).toMatch(/<title>Error: (Check a return|Upload the [^<]*) – kith<\/title>/);
    expect(body).toContain('There is a problem');
    // Shown once: a reload is a fresh form.
    const again = await browser.request({ url: location ?? '' });
    expect(again.body).not.toContain('There is a problem');
    return body;
  }

  it('no return chosen', async () => {
    const body = await errorsFor({}, []);
    expect(body).toContain('<a href="#return">Select which return you want to check</a>');
    expect(body).toMatch(/id="return-error"/);
  });

  it('no 903 file, a council code that is not one, and the typed values kept', async () => {
    const body = await errorsFor({ return: 'ssda903', year903: '2025', la: 'york' }, []);
    expect(body).toContain('<a href="#la">');
    expect(body).toContain('<a href="#files903">Select the 903 CSV files</a>');
    expect(body).toContain('value="YORK"');
    expect(body).toMatch(/value="2025" checked/);
  });

  it('a file of the wrong type', async () => {
    const body = await errorsFor({ return: 'ssda903', year903: '2026', la: 'E06000014' }, [
      { name: 'files903', filename: 'header.xlsx', content: Buffer.from('PK\u0003\u0004') },
    ]);
    expect(body).toContain('The selected file header.xlsx must be a CSV');
  });

  it('a year kith has no rules for', async () => {
    const body = await errorsFor({ return: 'cin', yearCin: '2031' }, [
      { name: 'fileCin', filename: 'cin-small.xml', content: fixture('cin-small.xml') },
    ]);
    expect(body).toContain('<a href="#yearCin">There are no CIN census rules for that year');
  });

  it('two files for the census', async () => {
    const xml = fixture('cin-small.xml');
    const body = await errorsFor({ return: 'cin', yearCin: '2025' }, [
      { name: 'fileCin', filename: 'a.xml', content: xml },
      { name: 'fileCin', filename: 'b.xml', content: xml },
    ]);
    expect(body).toContain('Select only one XML file');
  });

  it('a CSV that cannot be read', async () => {
    const body = await errorsFor({ return: 'ssda903', year903: '2026', la: 'E06000014' }, [
      { name: 'files903', filename: 'broken.csv', content: fixture('broken.csv') },
    ]);
    expect(body).toContain('<a href="#files903">broken.csv: the file is not UTF-8 text');
    expect(body).not.toContain('kith-upload');
  });

  it('XML that cannot be read', async () => {
    const body = await errorsFor({ return: 'cin', yearCin: '2025' }, [
      { name: 'fileCin', filename: 'broken.xml', content: fixture('broken.xml') },
    ]);
    expect(body).toContain('<a href="#fileCin">broken.xml: malformed XML');
    expect(body).toMatch(/name="yearCin" type="radio" value="2025" checked/);
  });
});

describe('CSRF: the double-submit cookie', () => {
  const form = () =>
    multipart([
      { name: 'return', value: 'cin' },
      { name: 'yearCin', value: '2025' },
      { name: 'fileCin', filename: 'cin-small.xml', content: fixture('cin-small.xml') },
    ]);

  it('refuses a form with no token, or a token from another browser, before reading any file', async () => {
    const before = uploadDirs();
    const browser = new Browser(app);
    await browser.token();
    const none = await browser.request({ method: 'POST', url: '/returns/validate', ...form() });
    expect(none.statusCode).toBe(403);
    expect(none.body).toContain('The upload page has expired');
    expect(none.body).not.toMatch(/at .*\.ts:\d+/);

    const other = await new Browser(app).token();
    const { posted } = await browser.upload({ return: 'cin', yearCin: '2025' }, [], other);
    expect(posted.statusCode).toBe(403);
    expect(uploadDirs()).toEqual(before);
  });

  it('refuses a post from a browser that never opened the form', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/returns/validate',
      ...multipart([{ name: '_csrf', value: 'forged' }]),
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('other errors', () => {
  it("go on to the app's error page, without a stack", async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/returns/validate',
      payload: '<a/>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(res.statusCode).toBe(415);
    expect(res.body).toContain('govuk-heading-xl');
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('results are for the uploading browser only, and not for long', () => {
  it('another browser, an unknown id or an unknown format gets a not-found page', async () => {
    const browser = new Browser(app);
    const { location } = await browser.upload(
      { return: 'ssda903', year903: '2026', la: 'E06000014' },
      files903('903-clean'),
    );
    const stranger = await new Browser(app).request({ url: location ?? '' });
    expect(stranger.statusCode).toBe(404);
    expect(stranger.body).toContain('These results are no longer available');
    expect((await browser.request({ url: '/returns/report/AAAAAAAAAAAAAAAAAAAAAA' })).statusCode).toBe(404);
    expect((await browser.request({ url: `${location}.exe` })).statusCode).toBe(404);
    expect((await browser.request({ url: '/returns/report/../../etc/passwd' })).statusCode).toBe(404);
  });
});

describe('limits', () => {
  let small: FastifyInstance;
  let clock = 0;

  beforeAll(async () => {
    // The same routes in a bare app with tiny limits and a clock the test moves.
    small = Fastify();
    const views = createViews();
    small.decorateReply(
      'view',
      function (this: FastifyReply, template: string, context: Record<string, unknown>) {
        const html = views.render(template, {
          ...context,
          council: { name: 'Test', demo: false },
          cspNonce: '',
        });
        return this.type('text/html; charset=utf-8').send(html);
      },
    );
    registerReturnRoutes(
      small,
      { db: store.db, dbKind: store.kind, today: () => '2026-05-12', production: true },
      { maxFiles: 3, maxTotalBytes: 2_000, reportTtlMs: 60_000, now: () => clock },
    );
    await small.ready();
  });
  afterAll(async () => {
    await small.close();
  });

  it('too many files: a clear page, and nothing left on disk', async () => {
    const before = uploadDirs();
    const csv = Buffer.from('CHILD,SEX\n');
    const { posted } = await new Browser(small).upload(
      { return: 'ssda903', year903: '2026', la: 'E06000014' },
      [1, 2, 3, 4].map((i) => ({ name: 'files903', filename: `f${i}.csv`, content: csv })),
    );
    expect(posted.statusCode).toBe(413);
    expect(posted.body).toContain('There are too many files');
    expect(posted.body).toContain('up to 3 files');
    expect(uploadDirs()).toEqual(before);
  });

  it('too many bytes in all: a clear page, and nothing left on disk', async () => {
    const before = uploadDirs();
    const { posted } = await new Browser(small).upload(
      { return: 'ssda903', year903: '2026', la: 'E06000014' },
      [1, 2].map((i) => ({ name: 'files903', filename: `f${i}.csv`, content: Buffer.alloc(1_200, 'a') })),
    );
    expect(posted.statusCode).toBe(413);
    expect(posted.body).toContain('The files are too big');
    expect(uploadDirs()).toEqual(before);
  });

  it('results expire', async () => {
    const browser = new Browser(small);
    const { location, page } = await browser.upload(
      { return: 'ssda903', year903: '2026', la: 'E06000014' },
      files903('903-clean'),
    );
    expect(page?.statusCode).toBe(200);
    clock += 61_000;
    expect((await browser.request({ url: location ?? '' })).statusCode).toBe(404);
  });

  it('a post that is not a file upload', async () => {
    const browser = new Browser(small);
    await browser.token();
    const res = await browser.request({
      method: 'POST',
      url: '/returns/validate',
      payload: Buffer.from('{}'),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('The files were not sent');
  });
});

describe('small parts', () => {
  it('chooses the year being sent from April to September, the year in progress from October', () => {
    const years = ['2023', '2024', '2025', '2026', '2027'];
    expect(defaultYear('2026-03-31', years)).toBe('2026');
    expect(defaultYear('2026-04-01', years)).toBe('2026');
    expect(defaultYear('2026-09-30', years)).toBe('2026');
    expect(defaultYear('2026-10-01', years)).toBe('2027');
    expect(defaultYear('2031-10-01', years)).toBe('2027');
    expect(defaultYear('2019-05-01', years)).toBe('2023');
  });

  it('keeps results for a while, and drops the oldest past the count or the weight', () => {
    let now = 0;
    const map = new ExpiringMap<string>({ ttlMs: 100, maxEntries: 2, maxWeight: 10, now: () => now });
    map.set('a', 'A', 1);
    map.set('b', 'B', 1);
    map.set('c', 'C', 1);
    expect([map.get('a'), map.get('b'), map.get('c')]).toEqual([undefined, 'B', 'C']);
    map.set('d', 'D', 10);
    expect([map.get('b'), map.get('c'), map.get('d')]).toEqual([undefined, undefined, 'D']);
    expect(map.take('d')).toBe('D');
    expect(map.get('d')).toBeUndefined();
    map.set('e', 'E');
    now = 100;
    expect(map.get('e')).toBeUndefined();
    expect(map.size).toBe(0);
  });

  it('says when and how long in words people use', () => {
    expect(londonTime('2026-05-12T12:05:00Z')).toBe('1:05pm on 12 May 2026');
    expect(londonTime('2026-01-12T00:30:00Z')).toBe('12:30am on 12 January 2026');
    expect(duration(0.4)).toBe('1 millisecond');
    expect(duration(1_234)).toBe('1.2 seconds');
    expect(duration(125_000)).toBe('2 minutes 5 seconds');
  });

  it("keeps only a file's own name", () => {
    expect(cleanFileName('C:\\fakepath\\header.csv')).toBe('header.csv');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('..')).toBe('file');
    expect(cleanFileName('a\u0000b\u001f.csv')).toBe('ab.csv');
  });
});
