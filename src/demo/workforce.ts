/**
 * Teams and workers for a demo council, with turnover over the years: each post is held by a chain of
 * workers (permanent or agency), so changes of social worker and caseloads derive from real history.
 */
import { type DayNumber, dayToIso } from '../core/day.ts';
import { FIRST_NAMES, LAST_NAMES } from './names.ts';
import type { PracticeProfile } from './profiles.ts';
import type { Random } from './random.ts';

export type TeamKind =
  | 'front_door'
  | 'assessment'
  | 'child_protection'
  | 'children_in_care'
  | 'leaving_care'
  | 'iro';

export interface DemoTeam {
  readonly id: string;
  readonly name: string;
  readonly kind: TeamKind;
}

export interface DemoWorker {
  readonly id: string;
  readonly teamId: string;
  readonly name: string;
  readonly role: 'social_worker' | 'team_manager' | 'iro' | 'personal_adviser' | 'mash_worker';
  readonly agency: boolean;
  readonly start: DayNumber;
  readonly end: DayNumber | null;
}

export interface Workforce {
  readonly teams: readonly DemoTeam[];
  readonly workers: readonly DemoWorker[];
  /** A case-holding worker of this kind of team, in post on `day`. */
  pick(kind: TeamKind, day: DayNumber, rng: Random): DemoWorker;
  /** The manager of the team a worker belongs to, on `day`. */
  managerOf(worker: DemoWorker, day: DayNumber, rng: Random): DemoWorker;
}

const TEAM_PLAN: readonly { kind: TeamKind; name: string; share: number; role: DemoWorker['role'] }[] = [
  { kind: 'front_door', name: 'MASH', share: 0.1, role: 'mash_worker' },
  { kind: 'assessment', name: 'Assessment', share: 0.22, role: 'social_worker' },
  { kind: 'child_protection', name: 'Child protection', share: 0.26, role: 'social_worker' },
  { kind: 'children_in_care', name: 'Children in care', share: 0.24, role: 'social_worker' },
  { kind: 'leaving_care', name: 'Leaving care', share: 0.1, role: 'personal_adviser' },
  { kind: 'iro', name: 'Independent reviewing', share: 0.08, role: 'iro' },
];

export function buildWorkforce(
  rng: Random,
  profile: PracticeProfile,
  children: number,
  from: DayNumber,
  to: DayNumber,
): Workforce {
  const teams: DemoTeam[] = [];
  const workers: DemoWorker[] = [];
  const byTeam = new Map<string, DemoWorker[]>();
  const managers = new Map<string, DemoWorker[]>();
  // About a third of the children on the record are open at any time.
  const posts = Math.max(6, Math.round((children * 0.35) / profile.caseload));
  for (const plan of TEAM_PLAN) {
    const teamPosts = Math.max(1, Math.round(posts * plan.share));
    const teamCount = Math.max(1, Math.round(teamPosts / 8));
    for (let t = 0; t < teamCount; t++) {
      const team: DemoTeam = {
        id: rng.uuid(),
        name: teamCount > 1 ? `${plan.name} ${t + 1}` : plan.name,
        kind: plan.kind,
      };
      teams.push(team);
      const staff: DemoWorker[] = [];
      const mgrs: DemoWorker[] = [];
      const fill = (role: DemoWorker['role'], count: number, into: DemoWorker[]) => {
        for (let p = 0; p < count; p++) {
          let start = from - rng.int(0, 900);
          while (start < to) {
            const agency = rng.chance(profile.agencyShare);
            const meanTenure = (agency ? 0.5 : 1) * (365 / Math.max(0.05, profile.turnoverPerYear));
            const end = start + Math.max(60, Math.round(rng.exp(meanTenure)));
            const w: DemoWorker = {
              id: rng.uuid(),
              teamId: team.id,
              name: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
              role,
              agency,
              start,
              end: end >= to ? null : end,
            };
            into.push(w);
            workers.push(w);
            start = end + (rng.chance(0.3) ? rng.int(7, 60) : 1);
          }
        }
      };
      fill(plan.role, Math.max(2, Math.round(teamPosts / teamCount)), staff);
      fill('team_manager', 1, mgrs);
      byTeam.set(team.id, staff);
      managers.set(team.id, mgrs);
    }
  }
  const teamsOf = (kind: TeamKind) => teams.filter((t) => t.kind === kind);
  const activeOn = (list: readonly DemoWorker[], day: DayNumber) =>
    list.filter((w) => w.start <= day && (w.end === null || w.end > day));
  return {
    teams,
    workers,
    pick(kind, day, r) {
      const team = r.pick(teamsOf(kind));
      const list = byTeam.get(team.id) ?? [];
      const active = activeOn(list, day);
      return active.length
        ? r.pick(active)
        : (list.find((w) => w.start > day) ?? (list.at(-1) as DemoWorker));
    },
    managerOf(worker, day, r) {
      const list = managers.get(worker.teamId) ?? [];
      const active = activeOn(list, day);
      return active.length ? r.pick(active) : (list.at(-1) as DemoWorker);
    },
  };
}

export function workerRow(w: DemoWorker) {
  return {
    id: w.id,
    team_id: w.teamId,
    name: w.name,
    role: w.role,
    agency: w.agency,
    started_on: dayToIso(w.start),
    left_on: w.end === null ? null : dayToIso(w.end),
    email: null,
  };
}
