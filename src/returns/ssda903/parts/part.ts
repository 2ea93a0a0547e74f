/**
 * One part of a 903 return validated in parts (see validate-parts.ts): the rows of the part's
 * children read from every file, derived and run through the rules that look at one child at a time.
 * Runs on the thread that started the others (part 0) and on each worker thread alike.
 */
import { getHeapStatistics } from 'node:v8';
import { debugLine, debugOn } from '../../../core/debug.ts';
import { deriveColumns903 } from '../derive.ts';
import { metaFor } from '../meta.ts';
import type { Partition903 } from '../partition.ts';
import type { PostcodeTable } from '../postcodes.ts';
import {
  assembleRead903,
  type FileJob903,
  type Parsed903File,
  type Read903Options,
  type Read903Result,
  type ReadStep903,
  readFile903,
} from '../read.ts';
import { rulesForYear } from '../registry.ts';
import type { RuleVersion903, Tables903 } from '../rule.ts';
import type { TableName903 } from '../tables.ts';
import { runRules903, type Validated903 } from '../validate-tables.ts';

/** What a part needs to know to read and validate its rows (everything a thread can be sent). */
export interface PartInput903 {
  readonly steps: readonly ReadStep903[];
  readonly year: string;
  readonly localAuthority: string | null;
  readonly read: Pick<Read903Options, 'maxCellLength' | 'maxFileBytes'>;
  readonly partition: Partition903;
}

/** A year's rules as the registry gives them: those implemented, and the codes that are not. */
export interface RuleSelection {
  readonly rules: readonly RuleVersion903[];
  readonly missing: readonly string[];
}

export const jobsOf = (steps: readonly ReadStep903[]): FileJob903[] =>
  steps.flatMap((s) => ('job' in s ? [s.job] : []));

/** The rules a part runs (those that look at one child at a time) and those run once on the whole. */
export function splitRules(rules: readonly RuleVersion903[]): {
  perChild: RuleVersion903[];
  across: RuleVersion903[];
} {
  return {
    perChild: rules.filter((r) => r.acrossChildren === undefined),
    across: rules.filter((r) => r.acrossChildren !== undefined),
  };
}

/** The columns (CHILD first) of each table the across-children rules of a selection read. */
export function acrossColumns(rules: readonly RuleVersion903[]): Map<TableName903, string[]> {
  const out = new Map<TableName903, string[]>();
  for (const rule of rules) {
    for (const [name, columns] of Object.entries(rule.acrossChildren ?? {}) as [TableName903, string[]][]) {
      const list = out.get(name) ?? ['CHILD'];
      for (const c of columns) if (!list.includes(c)) list.push(c);
      out.set(name, list);
    }
  }
  return out;
}

/** A part's own result, kept whole on the thread that made it (this thread's part). */
export interface LocalPart {
  readonly parsed: readonly Parsed903File[];
  readonly read: Read903Result;
  readonly tables: Tables903 | null;
  readonly validated: Validated903 | null;
  /** The facts each gated rule found of this part (see `RuleVersion903.gatedBy`). */
  readonly facts: Readonly<Record<string, boolean[]>>;
}

/** With KITH_DEBUG set, how long each step of a part took (since the part started). */
export function stepTimer(what: string): (step: string) => void {
  const start = performance.now();
  return (step) => {
    if (!debugOn()) return;
    const h = getHeapStatistics();
    const mb = (n: number) => Math.round(n / 1048576);
    debugLine(
      `${what}: ${step} after ${Math.round(performance.now() - start)} ms ` +
        `(heap ${mb(h.used_heap_size)} of ${mb(h.total_heap_size)} MB, outside it ${mb(h.external_memory)} MB, ` +
        `process ${mb(process.memoryUsage.rss())} MB)`,
    );
  };
}

/** Read one part's rows of every file and, unless a file could not be used, derive and validate them. */
export async function validateLocalPart903(
  input: PartInput903,
  postcodes: () => Promise<PostcodeTable>,
  onProgress?: (done: number, total: number) => void,
  selection: RuleSelection = rulesForYear(input.year),
): Promise<LocalPart> {
  const step = stepTimer(`part ${input.partition.index}`);
  const childIds = new Map<string, string>();
  const split = input.partition.count > 1;
  const partition = split ? input.partition : undefined;
  const parsed = jobsOf(input.steps).map((job) => readFile903(job, input.read, childIds, partition));
  const read = assembleRead903(input.steps, parsed);
  step('read');
  if (read.problems.some((p) => p.level === 'fatal'))
    return { parsed, read, tables: null, validated: null, facts: {} };
  const table = await postcodes();
  step('postcodes');
  const tables = deriveColumns903(read.tables, input.localAuthority, () => table);
  step('derived columns');
  // A return in one part runs every rule here as it is. In parts, the across-children rules run on the
  // whole (see mergeParts), and a gated rule flags its rows here whatever the return as a whole
  // holds, and reports its facts, which mergeParts puts together.
  const facts: Record<string, boolean[]> = {};
  const rules = split
    ? splitRules(selection.rules).perChild.map((rule): RuleVersion903 => {
        const gate = rule.gatedBy;
        if (!gate) return rule;
        return {
          ...rule,
          validate: (ctx) => {
            const flags = gate.flag(ctx);
            if (flags !== undefined) facts[rule.code] = gate.facts(ctx);
            return flags;
          },
        };
      })
    : selection.rules;
  const validated = runRules903(tables, {
    meta: metaFor(input.year, input.localAuthority),
    sources: read.sources,
    rules: { rules, missing: selection.missing },
    onProgress,
  });
  step('rules');
  return { parsed, read, tables, validated, facts };
}
