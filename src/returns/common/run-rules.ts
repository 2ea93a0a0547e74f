/**
 * The loop both return validators share: run each rule of the year, never letting one rule's
 * failure stop the rest, and keep the bookkeeping the summary needs (rules run, rules not run
 * because their tables are absent, rules that threw).
 */
import type { InternalProblem, RuleNotRun } from './findings.ts';

export interface RuleOutcome<R> {
  readonly ran: string[];
  readonly notRun: RuleNotRun[];
  readonly internal: InternalProblem[];
  readonly results: { readonly index: number; readonly result: R }[];
}

/** Reports progress as (rules done, rules in all). */
export type ProgressCallback = (done: number, total: number) => void;

export function runRules<V extends { readonly code: string }, R>(
  rules: readonly V[],
  run: (rule: V) => R | undefined,
  tablesNeeded: (rule: V) => readonly string[],
  onProgress?: ProgressCallback,
): RuleOutcome<R> {
  const out: RuleOutcome<R> = { ran: [], notRun: [], internal: [], results: [] };
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as V;
    try {
      const result = run(rule);
      if (result === undefined) out.notRun.push({ code: rule.code, tables: tablesNeeded(rule) });
      else {
        out.ran.push(rule.code);
        out.results.push({ index: i, result });
      }
    } catch (e) {
      const err = e as Error;
      // The first stack line names the rule file and line; the data stays out of it.
      const where = err.stack
        ?.split('\n')
        .find((l) => l.includes('/rules/'))
        ?.trim();
      out.internal.push({
        code: rule.code,
        message: `rule ${rule.code} failed and was not run: ${err.message}${where ? ` (${where})` : ''}`,
      });
    }
    onProgress?.(i + 1, rules.length);
  }
  return out;
}
