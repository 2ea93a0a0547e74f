/**
 * The mapping between the record's facts (camelCase fields, record/schemas.ts) and their tables
 * (snake_case columns, migrations/001_record.sql), in one place. Columns that are SQL keywords
 * ("from", "to") are quoted by Kysely; nothing else needs special handling.
 */
import type { Selectable } from 'kysely';
import type { ChildRecord, FactKind, Person } from '../record/facts.ts';
import { type ChildTable, FACT_TABLES, type FactRow, type FactTableName } from './schema.ts';

export function snake(name: string): string {
  return name.replace(/[A-Z0-9]+/g, (m, offset: number) => (offset > 0 ? '_' : '') + m.toLowerCase());
}

export function camel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export function tableFor(kind: FactKind): FactTableName {
  return FACT_TABLES[kind];
}

export const FACT_KINDS = Object.keys(FACT_TABLES) as FactKind[];

/** A validated fact to its row. */
export function factToRow(childId: string, id: string, fact: object): FactRow {
  const row: FactRow = { id, child_id: childId };
  for (const [k, v] of Object.entries(fact)) row[snake(k)] = v;
  return row;
}

/** A row back to the fact the domain sees (child_id dropped: the record already knows its child). */
export function rowToFact<K extends FactKind>(_kind: K, row: FactRow): ChildRecord[K][number] {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (k !== 'child_id') out[camel(k)] = v;
  return out as ChildRecord[K][number];
}

type PersonFields = Omit<Person, 'id' | 'teamId'>;

export function personToRow(
  id: string,
  teamId: string | null,
  p: PersonFields,
): Omit<ChildTable, 'created_at' | 'updated_at'> {
  return {
    id,
    la_child_id: p.laChildId,
    first_name: p.firstName,
    last_name: p.lastName,
    date_of_birth: p.dateOfBirth,
    expected_date_of_birth: p.expectedDateOfBirth,
    sex: p.sex,
    ethnicity: p.ethnicity,
    upn: p.upn,
    nhs_number: p.nhsNumber,
    disabilities: [...p.disabilities],
    uasc_from: p.uascFrom,
    uasc_ceased: p.uascCeased,
    date_of_death: p.dateOfDeath,
    mother_of_child_date_of_birth: p.motherOfChildDateOfBirth,
    team_id: teamId,
  };
}

export function rowToPerson(r: Selectable<ChildTable>): Person {
  return {
    id: r.id,
    teamId: r.team_id,
    laChildId: r.la_child_id,
    firstName: r.first_name,
    lastName: r.last_name,
    dateOfBirth: r.date_of_birth,
    expectedDateOfBirth: r.expected_date_of_birth,
    sex: r.sex as Person['sex'],
    ethnicity: r.ethnicity as Person['ethnicity'],
    upn: r.upn,
    nhsNumber: r.nhs_number,
    disabilities: r.disabilities as Person['disabilities'],
    uascFrom: r.uasc_from,
    uascCeased: r.uasc_ceased,
    dateOfDeath: r.date_of_death,
    motherOfChildDateOfBirth: r.mother_of_child_date_of_birth,
  };
}
