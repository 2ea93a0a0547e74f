import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ALL_CLOCKS } from '../../clocks/index.ts';
import { NotFoundError } from '../../core/errors.ts';
import { overdueByKind, teamCaseload, teamOverview } from '../../store/queries/teams.ts';
import type { AppDeps } from '../app.ts';

const CLOCK_TITLES = new Map(ALL_CLOCKS.map((c) => [c.id, c.title]));
/** Aggregates are labelled with the clock's title; an obligation's own label names its particular occasion. */
const titled = <T extends { kind: string; label: string }>(rows: T[]) =>
  rows.map((r) => ({ ...r, label: CLOCK_TITLES.get(r.kind) ?? r.label }));

const teamParams = z.object({ id: z.uuid({ message: 'Team id must be a UUID' }) });

export function registerTeamRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/', async (_req, reply) => {
    const [teams, byKind] = await Promise.all([teamOverview(deps.db), overdueByKind(deps.db)]);
    return reply.view('teams.njk', {
      title: 'Teams',
      nav: 'teams',
      teams,
      byKind: titled(byKind),
      asAt: deps.today(),
    });
  });

  app.get('/teams/:id', async (req, reply) => {
    const parsed = teamParams.safeParse(req.params);
    if (!parsed.success) throw new NotFoundError('There is no such team');
    const team = await deps.db
      .selectFrom('team')
      .selectAll()
      .where('id', '=', parsed.data.id)
      .executeTakeFirst();
    if (!team) throw new NotFoundError('There is no such team');
    const [byKind, caseload] = await Promise.all([
      overdueByKind(deps.db, team.id),
      teamCaseload(deps.db, team.id),
    ]);
    return reply.view('team.njk', { title: team.name, nav: 'teams', team, byKind: titled(byKind), caseload });
  });
}
