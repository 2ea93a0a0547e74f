/**
 * The HTTP app, as an ordered list of set-up steps (security headers, static assets, views, routes,
 * errors) so the order is readable in one place. Pages are server-rendered GOV.UK Frontend.
 */
import { join } from 'node:path';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import { KithError } from '../core/errors.ts';
import { sourcePath } from '../core/paths.ts';
import type { DbKind } from '../store/db.ts';
import type { Database } from '../store/schema.ts';
import { registerHealthRoutes } from './routes/health.ts';
import { registerReturnRoutes } from './routes/returns.ts';
import { registerTeamRoutes } from './routes/teams.ts';
import { createViews, GOVUK_DIST } from './views.ts';

export interface AppDeps {
  readonly db: Kysely<Database>;
  readonly dbKind: DbKind;
  readonly today: () => string;
  readonly production: boolean;
}

declare module 'fastify' {
  interface FastifyReply {
    view(template: string, context: Record<string, unknown>): FastifyReply;
  }
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, trustProxy: true, genReqId: () => crypto.randomUUID() });

  // 1. Security headers, with a per-request nonce for the one inline script.
  await app.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (!/^\/(assets|govuk|static)\//.test(req.url)) reply.header('cache-control', 'no-store');
  });

  // 2. Static assets: GOV.UK Frontend's, then kith's own.
  await app.register(fastifyStatic, {
    root: join(GOVUK_DIST, 'govuk', 'assets'),
    prefix: '/assets/',
    decorateReply: false,
  });
  await app.register(fastifyStatic, {
    root: join(GOVUK_DIST, 'govuk'),
    prefix: '/govuk/',
    decorateReply: false,
    allowedPath: (path) => /^\/govuk-frontend\.min\.(css|js)(\.map)?$/.test(path),
  });
  await app.register(fastifyStatic, {
    root: sourcePath('server', 'static'),
    prefix: '/static/',
    decorateReply: false,
  });

  // 3. Views: every page gets the council and the CSP nonce.
  const views = createViews();
  const council = await deps.db.selectFrom('council').select(['name', 'demo_profile']).executeTakeFirst();
  const councilView = { name: council?.name ?? 'Your council', demo: Boolean(council?.demo_profile) };
  app.decorateReply(
    'view',
    function (this: FastifyReply, template: string, context: Record<string, unknown>) {
      const nonce = (this as FastifyReply & { cspNonce?: { script: string } }).cspNonce?.script ?? '';
      const html = views.render(template, { ...context, council: councilView, cspNonce: nonce });
      return this.type('text/html; charset=utf-8').send(html);
    },
  );

  // 4. Routes.
  registerHealthRoutes(app, deps);
  registerTeamRoutes(app, deps);
  registerReturnRoutes(app, deps);

  // 5. Not found and errors: a GOV.UK page for people, JSON for the API; never a stack in production.
  app.setNotFoundHandler((req, reply) => {
    if (req.headers.accept?.includes('application/json'))
      return reply.code(404).send({ error: 'not_found', message: 'Page not found' });
    return reply.code(404).view('error.njk', {
      title: 'Page not found',
      heading: 'Page not found',
      message: 'If you typed the web address, check it is correct.',
    });
  });
  app.setErrorHandler((err: Error & { statusCode?: number }, req, reply) => {
    const status = err instanceof KithError ? err.status : (err.statusCode ?? 500);
    const message =
      err instanceof KithError
        ? err.userMessage
        : status < 500
          ? err.message
          : 'Sorry, there is a problem with the service.';
    if (status >= 500) req.log.error({ err, reqId: req.id }, 'request failed');
    if (req.headers.accept?.includes('application/json') || req.url.startsWith('/api/')) {
      return reply.code(status).send({ error: status >= 500 ? 'internal' : 'bad_request', message });
    }
    return reply.code(status).view('error.njk', {
      title: 'Sorry, there is a problem',
      heading: status >= 500 ? 'Sorry, there is a problem with the service' : 'There is a problem',
      message,
      stack: deps.production ? null : status >= 500 ? err.stack : null,
    });
  });
  return app;
}
