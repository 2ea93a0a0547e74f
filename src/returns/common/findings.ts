/**
 * The one shape every return validator reports in (SSDA903 and CIN alike), so the CLI, the web
 * upload page and the reports render both the same way.
 *
 * - A *finding* is a DfE rule that a row breaks (or a return-level rule that the return breaks).
 * - A *file problem* is something wrong with the file itself, found while reading it: a column that
 *   does not belong, a row with the wrong number of cells, a value that is not a date or a code.
 * - An *internal problem* is kith failing (a rule that threw); the run goes on without that rule.
 */
export type FindingType = 'error' | 'query';

export interface Finding {
  readonly code: string;
  readonly message: string;
  readonly type: FindingType;
  readonly table: string;
  /**
   * The line a person finds the row at: the spreadsheet row for a CSV (header = 1), the element's
   * line for XML; null for a return-level finding.
   */
  readonly row: number | null;
  /** CHILD (903) or LAchildID (CIN) of the row, when it has one. */
  readonly child: string | null;
  readonly fields: readonly string[];
  /** The file the row was read from, when known. */
  readonly file: string | null;
}

/**
 * How bad a file problem is: `fatal` means the file could not be used at all (the return is
 * unreadable and no rules were run), `error` means a row or value is wrong (the rest was read),
 * `warning` is information (a blank row skipped, a file in the folder that is not a CSV).
 */
export type ProblemLevel = 'fatal' | 'error' | 'warning';

export interface FileProblem {
  readonly level: ProblemLevel;
  readonly file: string;
  /** Spreadsheet row (header = 1) or XML line, when the problem has one. */
  readonly row: number | null;
  /** Column (CSV) or element (XML) name, when the problem has one. */
  readonly column: string | null;
  readonly message: string;
}

export interface InternalProblem {
  readonly code: string;
  readonly message: string;
}

export interface RuleCount {
  readonly code: string;
  readonly message: string;
  readonly type: FindingType;
  readonly count: number;
}

export interface RuleNotRun {
  readonly code: string;
  /** The tables the rule needs, at least one of which was not supplied. */
  readonly tables: readonly string[];
}

export interface FindingsSummary {
  readonly return: 'ssda903' | 'cin';
  readonly collectionYear: string;
  readonly errors: number;
  readonly queries: number;
  /** Finding counts per rule, in ruleset order; only rules with findings. */
  readonly byRule: readonly RuleCount[];
  /** Codes of the rules that ran (whether or not they found anything). */
  readonly rulesRun: readonly string[];
  /** Rules that could not run because a table they need was not supplied. */
  readonly rulesNotRun: readonly RuleNotRun[];
  /** Codes the DfE ruleset lists for the year that kith has no implementation of. */
  readonly missingImplementations: readonly string[];
  readonly internalProblems: readonly InternalProblem[];
  /** Count of file problems by level. */
  readonly fileProblems: { readonly fatal: number; readonly error: number; readonly warning: number };
}

/** The result of the XSD check of a CIN census file, reported apart from the rule findings. */
export interface SchemaCheck {
  readonly status: 'valid' | 'invalid' | 'not-run';
  /** The schema file used, e.g. CIN_schema_2024.xsd. */
  readonly schema: string | null;
  /** Why the check did not run, or a note on the schema chosen. */
  readonly note: string | null;
  readonly problems: readonly { readonly line: number | null; readonly message: string }[];
}

export interface ValidationReport {
  readonly findings: readonly Finding[];
  readonly summary: FindingsSummary;
  readonly problems: readonly FileProblem[];
  /** CIN only. */
  readonly schema?: SchemaCheck;
}

export function countProblems(problems: readonly FileProblem[]): FindingsSummary['fileProblems'] {
  const out = { fatal: 0, error: 0, warning: 0 };
  for (const p of problems) out[p.level]++;
  return out;
}

/** Per-rule counts in the order rules first appear in `findings`. */
export function countByRule(findings: readonly Finding[]): RuleCount[] {
  const byCode = new Map<string, { code: string; message: string; type: FindingType; count: number }>();
  for (const f of findings) {
    const c = byCode.get(f.code);
    if (c) c.count++;
    else byCode.set(f.code, { code: f.code, message: f.message, type: f.type, count: 1 });
  }
  return [...byCode.values()];
}

/** Whether the report holds anything a person must fix: error findings, problems, a failed schema. */
export function hasErrors(report: ValidationReport): boolean {
  const s = report.summary;
  return (
    s.errors > 0 ||
    s.fileProblems.fatal > 0 ||
    s.fileProblems.error > 0 ||
    s.internalProblems.length > 0 ||
    report.schema?.status === 'invalid'
  );
}

/**
 * Keeps the list of problems readable on a badly broken file: after `perKind` problems of one kind
 * (file + column + kind) only a count is kept, and one closing problem per kind says how many more
 * there were, so nothing is dropped silently.
 */
export class ProblemList {
  private readonly items: FileProblem[] = [];
  /** The kind each listed problem was counted under (null for a fatal one). */
  private readonly itemKinds: (string | null)[] = [];
  private readonly kinds = new Map<string, { count: number; first: FileProblem; kind: string }>();
  constructor(private readonly perKind = 20) {}

  /** Add a problem; `kind` groups problems that differ only in row and value (e.g. 'not a date'). */
  add(p: FileProblem, kind: string = p.message): void {
    if (p.level === 'fatal') {
      this.keep(p, null);
      return;
    }
    const key = `${p.file}\u0000${p.column ?? ''}\u0000${kind}`;
    const k = this.kinds.get(key);
    if (!k) {
      this.kinds.set(key, { count: 1, first: p, kind });
      this.keep(p, kind);
      return;
    }
    k.count++;
    if (k.count <= this.perKind) this.keep(p, kind);
  }

  private keep(p: FileProblem, kind: string | null): void {
    this.items.push(p);
    this.itemKinds.push(kind);
  }

  /** The problems, then one summary per kind that went over the limit. */
  list(): FileProblem[] {
    const out = [...this.items];
    for (const { count, first, kind } of this.kinds.values()) {
      if (count <= this.perKind) continue;
      const where = first.column ? `, ${first.column}` : '';
      out.push({
        ...first,
        row: null,
        message: `and ${count - this.perKind} more rows like these (${kind}${where}); only the first ${this.perKind} are listed`,
      });
    }
    return out;
  }

  get size(): number {
    return this.items.length;
  }

  /**
   * What this list holds, in a form another list can take in (`takeIn`): the problems listed, each
   * with its kind, and how many more of each kind were counted but not listed. A return validated in
   * parts (one per thread) puts its parts' problems together this way.
   */
  export(): ProblemListExport {
    const listed = this.items.map((problem, i) => ({ problem, kind: this.itemKinds[i] ?? null }));
    const unlisted: UnlistedProblems[] = [];
    for (const { count, first, kind } of this.kinds.values()) {
      if (count > this.perKind) unlisted.push({ first, kind, count: count - this.perKind });
    }
    return { listed, unlisted };
  }

  /**
   * Take in problems another list exported, as if they had been added here: `listed` in the order
   * given (the caller puts parts' problems in row order first), then the counts of the unlisted.
   */
  takeIn(listed: readonly ListedProblem[], unlisted: readonly UnlistedProblems[]): void {
    for (const { problem, kind } of listed) {
      if (kind === null) this.keep(problem, null);
      else this.add(problem, kind);
    }
    for (const { first, kind, count } of unlisted) {
      const key = `${first.file}\u0000${first.column ?? ''}\u0000${kind}`;
      const k = this.kinds.get(key);
      // Each part listed its first `perKind` of a kind before counting more, so the kind is here.
      if (k) k.count += count;
      else this.kinds.set(key, { count, first, kind });
    }
  }
}

/** A problem a `ProblemList` listed, with the kind it was counted under (null for a fatal one). */
export interface ListedProblem {
  readonly problem: FileProblem;
  readonly kind: string | null;
}

/** Problems of one kind a `ProblemList` counted beyond those it listed. */
export interface UnlistedProblems {
  readonly first: FileProblem;
  readonly kind: string;
  readonly count: number;
}

export interface ProblemListExport {
  readonly listed: readonly ListedProblem[];
  readonly unlisted: readonly UnlistedProblems[];
}
