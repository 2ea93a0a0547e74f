/**
 * Kysely's view of the tables (migrations/*.sql is the source of truth; keep these in step).
 * Fact tables share one shape here: their columns are the snake_case names of the fields in
 * record/schemas.ts, mapped in one place (store/fact-tables.ts).
 */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<string, string | undefined, string>;

export interface CouncilTable {
  id: Generated<number>;
  la_code: string;
  la_number: string;
  name: string;
  demo_profile: string | null;
  demo_seed: number | null;
  created_at: Timestamp;
}

export interface TeamTable {
  id: string;
  name: string;
  kind: string;
}

export interface WorkerTable {
  id: string;
  team_id: string | null;
  name: string;
  role: string;
  agency: boolean;
  started_on: string;
  left_on: string | null;
  email: string | null;
}

export interface ChildTable {
  id: string;
  la_child_id: string;
  first_name: string;
  last_name: string;
  date_of_birth: string | null;
  expected_date_of_birth: string | null;
  sex: string;
  ethnicity: string;
  upn: string | null;
  nhs_number: string | null;
  disabilities: string[];
  uasc_from: string | null;
  uasc_ceased: string | null;
  date_of_death: string | null;
  mother_of_child_date_of_birth: string | null;
  team_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A fact row: its id and child, and the fact's own columns. */
export interface FactRow {
  id: string;
  child_id: string;
  [column: string]: unknown;
}

export interface ObligationTable {
  id: Generated<number>;
  child_id: string;
  kind: string;
  subject_id: string | null;
  start: string;
  due: string;
  done: string | null;
  state: string;
  label: string;
  as_at: string;
}

export interface AccessLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_id: string | null;
  actor: string;
  action: string;
  child_id: string | null;
  reason: string | null;
  detail: unknown;
}

export interface FactChangeTable {
  id: Generated<number>;
  at: Timestamp;
  actor: string;
  child_id: string;
  kind: string;
  fact_id: string;
  op: 'create' | 'update';
  before: unknown;
  after: unknown;
}

export interface SchemaMigrationTable {
  version: string;
  applied_at: Timestamp;
}

export const FACT_TABLES = {
  addresses: 'address',
  contacts: 'contact',
  referrals: 'referral',
  assessments: 'assessment',
  strategyDiscussions: 'strategy_discussion',
  section47s: 'section47',
  cpPlans: 'cp_plan',
  cpReviews: 'cp_review',
  coreGroups: 'core_group',
  cinPlans: 'cin_plan',
  careEpisodes: 'care_episode',
  claReviews: 'cla_review',
  visits: 'visit',
  healthAssessments: 'health_assessment',
  dentalChecks: 'dental_check',
  immunisations: 'immunisation',
  sdqs: 'sdq',
  peps: 'pep',
  missingEpisodes: 'missing_episode',
  careLeaverContacts: 'care_leaver_contact',
  pathwayPlans: 'pathway_plan',
  adoptions: 'adoption',
  previousPermanence: 'previous_permanence',
  allocations: 'allocation',
  oversight: 'oversight',
} as const;

export type FactTableName = (typeof FACT_TABLES)[keyof typeof FACT_TABLES];

export type Database = {
  council: CouncilTable;
  team: TeamTable;
  worker: WorkerTable;
  child: ChildTable;
  obligation: ObligationTable;
  access_log: AccessLogTable;
  fact_change: FactChangeTable;
  schema_migration: SchemaMigrationTable;
} & { [T in FactTableName]: FactRow };
