import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../src/demo/generate.ts';
import { buildApp } from '../src/server/app.ts';
import type { Store } from '../src/store/db.ts';
import { openTestStore } from './support/store.ts';

let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  store = await openTestStore();
  await generateDemo(store.db, { children: 150, seed: 3, profile: 'inadequate-2017', asAt: '2026-03-31' });
  app = await buildApp({ db: store.db, dbKind: store.kind, today: () => '2026-03-31', production: true });
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe('web app', () => {
  it('GET /health reports the database and counts', async () => {
    const res = await app.inject({ url: '/health' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.database).toBe(store.kind);
    expect(body.counts.children).toBe(150);
    expect(body.counts.overdueObligations).toBeGreaterThan(0);
  });

  it('GET / lists teams with their overdue work, as a GOV.UK page with security headers', async () => {
    const res = await app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('Teams and their overdue work');
    expect(res.body).toContain('govuk-table');
    expect(res.body.match(/data-qa="team-row"/g)?.length).toBeGreaterThan(3);
    expect(res.body).toContain('Kithbridge');
  });

  it('GET /teams/:id shows the team caseload by child id, never by name', async () => {
    const team = await store.db
      .selectFrom('team')
      .select('id')
      .where('kind', '=', 'child_protection')
      .executeTakeFirstOrThrow();
    const res = await app.inject({ url: `/teams/${team.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Caseload');
    const names = await store.db
      .selectFrom('child')
      .select(['first_name', 'last_name'])
      .where('team_id', '=', team.id)
      .execute();
    for (const n of names) expect(res.body).not.toContain(`${n.first_name} ${n.last_name}`);
  });

  it('answers an unknown team with a GOV.UK not-found page, and bad ids the same way', async () => {
    expect((await app.inject({ url: '/teams/00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    const bad = await app.inject({ url: '/teams/not-a-uuid' });
    expect(bad.statusCode).toBe(404);
    expect(bad.body).toContain('There is no such team');
    expect(bad.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('serves GOV.UK Frontend assets', async () => {
    const res = await app.inject({ url: '/govuk/govuk-frontend.min.css' });
    expect(res.statusCode).toBe(200);
    expect((await app.inject({ url: '/assets/images/favicon.svg' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/govuk/package.json' })).statusCode).toBe(404);
  });
});
