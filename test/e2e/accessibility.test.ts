/**
 * Every page in a real browser (Debian's Chromium through playwright-core), checked with axe-core for
 * WCAG 2.2 AA. Runs with TZ=Europe/London in the page, as people use it.
 */
import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/demo/generate.ts';
import { buildApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/db.ts';
import { openTestStore } from '../support/store.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)(
  'pages meet WCAG 2.2 AA (axe-core in Chromium)',
  () => {
    let store: Store;
    let app: FastifyInstance;
    let browser: Browser;
    let base: string;

    beforeAll(async () => {
      store = await openTestStore();
      await generateDemo(store.db, { children: 120, seed: 5, profile: 'good-2019', asAt: '2026-03-31' });
      app = await buildApp({ db: store.db, dbKind: store.kind, today: () => '2026-03-31', production: true });
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

    async function check(path: string) {
      const context = await browser.newContext({ timezoneId: 'Europe/London', locale: 'en-GB' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      const res = await page.goto(base + path);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      await context.close();
      return {
        status: res?.status(),
        violations: results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
        errors,
      };
    }

    it('the teams page', async () => {
      const r = await check('/');
      expect(r.status).toBe(200);
      expect(r.violations).toEqual([]);
      expect(r.errors).toEqual([]);
    });

    it('a team page', async () => {
      const team = await store.db
        .selectFrom('team')
        .select('id')
        .where('kind', '=', 'children_in_care')
        .executeTakeFirstOrThrow();
      const r = await check(`/teams/${team.id}`);
      expect(r.status).toBe(200);
      expect(r.violations).toEqual([]);
    });

    it('the not-found page', async () => {
      const r = await check('/no-such-page');
      expect(r.status).toBe(404);
      expect(r.violations).toEqual([]);
    });
  },
);
