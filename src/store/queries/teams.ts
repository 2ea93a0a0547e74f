/** Read models for the team and caseload pages: a query away because obligations are stored. */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

export interface TeamOverview {
  id: string;
  name: string;
  kind: string;
  children: number;
  overdue: number;
  due: number;
  childrenOverdue: number;
}

export async function teamOverview(db: Kysely<Database>): Promise<TeamOverview[]> {
  const rows = await db
    .selectFrom('team')
    .leftJoin('child', 'child.team_id', 'team.id')
    .leftJoin('obligation', (j) =>
      j.onRef('obligation.child_id', '=', 'child.id').on('obligation.state', 'in', ['due', 'overdue']),
    )
    .select([
      'team.id',
      'team.name',
      'team.kind',
      sql<number>`count(distinct child.id)::int`.as('children'),
      sql<number>`count(obligation.id) filter (where obligation.state = 'overdue')::int`.as('overdue'),
      sql<number>`count(obligation.id) filter (where obligation.state = 'due')::int`.as('due'),
      sql<number>`count(distinct obligation.child_id) filter (where obligation.state = 'overdue')::int`.as(
        'childrenOverdue',
      ),
    ])
    .groupBy(['team.id', 'team.name', 'team.kind'])
    .orderBy('team.name')
    .execute();
  return rows;
}

export interface OverdueByKind {
  kind: string;
  label: string;
  overdue: number;
}

/** Overdue obligations by clock for one team (or all teams), worst first. */
export async function overdueByKind(db: Kysely<Database>, teamId?: string): Promise<OverdueByKind[]> {
  let q = db
    .selectFrom('obligation')
    .innerJoin('child', 'child.id', 'obligation.child_id')
    .where('obligation.state', '=', 'overdue')
    .select([
      'obligation.kind',
      sql<string>`min(obligation.label)`.as('label'),
      sql<number>`count(*)::int`.as('overdue'),
    ])
    .groupBy('obligation.kind')
    .orderBy('overdue', 'desc');
  if (teamId) q = q.where('child.team_id', '=', teamId);
  return q.execute();
}

export interface CaseloadRow {
  childId: string;
  laChildId: string;
  name: string;
  overdue: number;
  due: number;
  nextDue: string | null;
  oldestOverdue: string | null;
}

export async function teamCaseload(db: Kysely<Database>, teamId: string): Promise<CaseloadRow[]> {
  return db
    .selectFrom('child')
    .leftJoin('obligation', (j) =>
      j.onRef('obligation.child_id', '=', 'child.id').on('obligation.state', 'in', ['due', 'overdue']),
    )
    .where('child.team_id', '=', teamId)
    .select([
      'child.id as childId',
      'child.la_child_id as laChildId',
      sql<string>`child.first_name || ' ' || child.last_name`.as('name'),
      sql<number>`count(obligation.id) filter (where obligation.state = 'overdue')::int`.as('overdue'),
      sql<number>`count(obligation.id) filter (where obligation.state = 'due')::int`.as('due'),
      sql<string | null>`min(obligation.due) filter (where obligation.state = 'due')`.as('nextDue'),
      sql<string | null>`min(obligation.due) filter (where obligation.state = 'overdue')`.as('oldestOverdue'),
    ])
    .groupBy(['child.id', 'child.la_child_id', 'child.first_name', 'child.last_name'])
    .orderBy('overdue', 'desc')
    .orderBy('child.la_child_id')
    .execute();
}

export async function counts(db: Kysely<Database>) {
  const one = async (table: 'child' | 'team' | 'worker' | 'obligation') =>
    Number(
      (await db.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n,
    );
  const overdue = await db
    .selectFrom('obligation')
    .where('state', '=', 'overdue')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return {
    children: await one('child'),
    teams: await one('team'),
    workers: await one('worker'),
    obligations: await one('obligation'),
    overdueObligations: Number(overdue.n),
  };
}
