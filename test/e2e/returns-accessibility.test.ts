/**
 * The returns pages in a real browser (Debian's Chromium through playwright-core), checked with
 * axe-core for WCAG 2.2 AA: the upload form, its error summary, and the results after uploading the
 * synthetic files in test/fixtures/web/ with the page's own file inputs. Follows accessibility.test.ts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/db.ts';
import { openTestStore } from '../support/store.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'web');
const folder = (name: string) =>
  readdirSync(join(FIXTURES, name))
    .sort()
    .map((f) => join(FIXTURES, name, f));

describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)(
  'returns pages meet WCAG 2.2 AA (axe-core in Chromium)',
  () => {
    let store: Store;
    let app: FastifyInstance;
    let browser: Browser;
    let base: string;

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
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
    });
    afterAll(async () => {
      await browser?.close();
      await app?.close();
      await store?.close();
    });

    /** A fresh browser context on a page; console errors (a CSP refusal, a script fault) are kept. */
    async function open(path = '/returns') {
      const context = await browser.newContext({ timezoneId: 'Europe/London', locale: 'en-GB' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      const res = await page.goto(base + path);
      return { context, page, errors, status: res?.status() };
    }

    async function violations(page: Page): Promise<string[]> {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      return results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.html} ${n.failureSummary}`).join(' / ')})`,
      );
    }

    /** Choose a return on the first page and continue to its upload page. */
    async function choose(page: Page, label: RegExp) {
      await page.getByLabel(label).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL(/\/returns\?.*return=/);
    }

    it('the choice of return, and each upload page', async () => {
      const { context, page, errors, status } = await open();
      expect(status).toBe(200);
      expect(await violations(page)).toEqual([]);
      await choose(page, /SSDA903/);
      expect(await page.locator('h1').textContent()).toContain('Upload the SSDA903 files');
      expect(await violations(page)).toEqual([]);
      await page.goto(`${base}/returns`);
      await choose(page, /CIN census/);
      expect(await page.locator('h1').textContent()).toContain('Upload the CIN census file');
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });

    it('the error summary when no return is chosen', async () => {
      const { context, page, errors } = await open();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL(`${base}/returns?step=choose`);
      expect(await page.title()).toMatch(/^Error: /);
      await expect.poll(() => page.locator('.govuk-error-summary').isVisible()).toBe(true);
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });

    it('the error summary when no file is chosen, and for a file that cannot be read', async () => {
      const { context, page, errors } = await open();
      await choose(page, /SSDA903/);
      await page.getByRole('button', { name: 'Check the files' }).click();
      await page.waitForURL(`${base}/returns?return=ssda903`);
      expect(await page.title()).toMatch(/^Error: /);
      // GOV.UK Frontend moves focus to the summary so screen readers announce it.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary')))
        .toBe(true);
      expect(await page.locator('.govuk-error-summary').textContent()).toContain('Select the 903 CSV files');
      expect(await violations(page)).toEqual([]);

      await page.locator('input[name="files903"]').setInputFiles(join(FIXTURES, 'broken.csv'));
      await page.getByRole('button', { name: 'Check the files' }).click();
      await page.waitForURL(`${base}/returns?return=ssda903`);
      await expect
        .poll(() => page.locator('.govuk-error-summary').textContent())
        .toContain('broken.csv: the file is not UTF-8');
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });

    it('the results of an SSDA903 return with errors, and a download', async () => {
      const { context, page, errors } = await open();
      await choose(page, /SSDA903/);
      await page.locator('input[name="files903"]').setInputFiles(folder('903-errors'));
      await page.getByRole('button', { name: 'Check the files' }).click();
      await page.waitForURL(/\/returns\/report\/[A-Za-z0-9_-]{22}$/);
      expect(await page.locator('h1').textContent()).toContain('SSDA903 2025 to 2026');
      expect(await page.locator('[data-qa="headline"]').textContent()).toContain('16 errors');
      expect(await page.locator('svg[role="img"]').count()).toBe(1);
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: /Download as CSV/ }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('ssda903-2026-findings.csv');
      await context.close();
    });

    it('the results of a CIN census', async () => {
      const { context, page, errors } = await open();
      await choose(page, /CIN census/);
      await page.locator('input[name="fileCin"]').setInputFiles(join(FIXTURES, 'cin-small.xml'));
      await page.getByRole('button', { name: 'Check the files' }).click();
      await page.waitForURL(/\/returns\/report\//);
      expect(await page.locator('[data-qa="headline"]').textContent()).toContain('3 queries');
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });

    it('the results of a clean return, and results that have expired', async () => {
      const { context, page } = await open();
      await choose(page, /SSDA903/);
      await page.locator('input[name="files903"]').setInputFiles(folder('903-clean'));
      await page.getByRole('button', { name: 'Check the files' }).click();
      await page.waitForURL(/\/returns\/report\//);
      expect(await page.locator('[data-qa="no-findings"]').count()).toBe(1);
      expect(await violations(page)).toEqual([]);
      const gone = await page.goto(`${base}/returns/report/AAAAAAAAAAAAAAAAAAAAAA`);
      expect(gone?.status()).toBe(404);
      expect(await violations(page)).toEqual([]);
      await context.close();
    });
  },
);
