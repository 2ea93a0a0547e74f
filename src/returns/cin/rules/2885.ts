// A child protection plan starting in the census year must start on the day of an initial child
// protection conference of its episode: one recorded on a Section47 module, or, when the episode has
// no Section47 module, on its CINdetails module.
import { dates, Flags, groups, ids, isYes, str } from '../lib/derived.ts';
import { groupRows } from '../lib/rows-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '2885',
    definedIn: 'cin2022_23',
    message:
      'Child protection plan shown as starting a different day to the initial child protection conference.',
    affectedFields: ['CPPstartDate', 'DateOfInitialCPC'],
    module: 'ChildProtectionPlans',
    ruleType: 'Error',
    validate(ctx) {
      const { ChildProtectionPlans: cpp, Section47: s47, CINdetails: cin } = ctx.tables;
      if (!cpp || !s47 || !cin) return undefined;
      const { collectionStart, collectionEnd } = ctx.meta;
      const starts = dates(ctx, 'ChildProtectionPlans', 'CPPstartDate');
      const s47Days = dates(ctx, 'Section47', 'DateOfInitialCPC');
      const cinDays = dates(ctx, 'CINdetails', 'DateOfInitialCPC');
      // A Section47 module marked "ICPC not required" records no conference, so it does not stand in
      // for the episode's conference (the recorded case then looks at the CINdetails date instead).
      const notRequired = s47.rows.map((row) => isYes(str(row, 'ICPCnotRequired')));
      const s47ByEpisode = groupRows(ids(ctx, 'Section47', 'episode'), (i) => !notRequired[i]);
      const cinByEpisode = groups(ctx, 'CINdetails', 'episode');
      const plansInYear = groupRows(ids(ctx, 'ChildProtectionPlans', 'episode'), (i) => {
        const start = starts[i] ?? null;
        return start !== null && start >= collectionStart && start <= collectionEnd;
      });
      const flags = new Flags();
      for (const [episode, plans] of plansInYear) {
        const s47Rows = s47ByEpisode.get(episode);
        const [name, days, rows] = s47Rows
          ? (['Section47', s47Days, s47Rows] as const)
          : (['CINdetails', cinDays, cinByEpisode[episode] ?? []] as const);
        const conferences = new Set<number | null>(rows.map((i) => days[i] ?? null));
        let anyMatch = false;
        for (const i of plans) {
          if (conferences.has(starts[i] ?? null)) anyMatch = true;
          else flags.add('ChildProtectionPlans', 'CPPstartDate', i);
        }
        // The conference records are at fault only when none matches any plan of the episode.
        if (!anyMatch) for (const i of rows) flags.add(name, 'DateOfInitialCPC', i);
      }
      return flags.result();
    },
  }),
];
