import type { FastifyInstance } from 'fastify';
import { counts } from '../../store/queries/teams.ts';
import type { AppDeps } from '../app.ts';

/** GET /health: the database kind and record counts, for monitoring and for people checking a deployment. */
export function registerHealthRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/health', async () => {
    const c = await counts(deps.db);
    return { status: 'ok', database: deps.dbKind, asAt: deps.today(), counts: c };
  });
}
