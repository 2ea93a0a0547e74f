// A CIN episode marked as a referral with no further action (ReferralNFA true or 1) must have no
// assessment dates, section 47 dates or initial child protection conference date.
import { col, dates, Flags, groupWhere, ids, isYes } from '../lib/derived.ts';
import { type ContextCin, defineRule } from '../rule.ts';
import type { TableNameCin } from '../tables.ts';

/** Rows of a table, in an NFA episode, with at least one of the given dates. */
function activity(
  ctx: ContextCin,
  table: TableNameCin,
  fields: readonly string[],
  nfa: readonly (readonly number[] | undefined)[],
): { row: number; episode: number }[] {
  const n = ctx.tables[table]?.rows.length ?? 0;
  const episode = ids(ctx, table, 'episode');
  const columns = fields.map((f) => dates(ctx, table, f));
  const out: { row: number; episode: number }[] = [];
  for (let i = 0; i < n; i++) {
    const k = episode[i]!;
    if (nfa[k] !== undefined && columns.some((c) => c[i] != null)) out.push({ row: i, episode: k });
  }
  return out;
}

export const versions = [
  defineRule({
    code: '8831',
    definedIn: 'cin2022_23',
    message: 'Activity is recorded against a case marked as a referral with no further action',
    affectedFields: [
      'AssessmentActualStartDate',
      'AssessmentAuthorisationDate',
      'S47ActualStartDate',
      'DateOfInitialCPC',
    ],
    module: 'CINdetails',
    ruleType: 'Error',
    validate(ctx) {
      if (!ctx.tables.CINdetails) return undefined;
      const referralNfa = col(ctx, 'CINdetails', 'ReferralNFA');
      const episode = ids(ctx, 'CINdetails', 'episode');
      const nfa = groupWhere(episode, (i) => isYes(referralNfa[i]));
      const flags = new Flags();
      // Locations follow the sector's validator: the episode is marked on CINdetails.DateOfInitialCPC
      // and each offending assessment or section 47 row on its LAchildID.
      const icpc = dates(ctx, 'CINdetails', 'DateOfInitialCPC');
      for (const rows of nfa) {
        for (const i of rows ?? []) if (icpc[i] != null) flags.add('CINdetails', 'DateOfInitialCPC', i);
      }
      const sources = [
        ['Assessments', ['AssessmentActualStartDate', 'AssessmentAuthorisationDate']],
        ['Section47', ['S47ActualStartDate', 'DateOfInitialCPC']],
      ] as const;
      for (const [table, fields] of sources) {
        for (const a of activity(ctx, table, fields, nfa)) {
          flags.add(table, 'LAchildID', a.row);
          for (const i of nfa[a.episode] ?? []) flags.add('CINdetails', 'DateOfInitialCPC', i);
        }
      }
      return flags.result();
    },
  }),
];
