/**
 * Several clocks share one derivation (the visit chain feeds three clocks, periods of care feed a dozen).
 * evaluateClocks opens a memo scope for the one record and date it is evaluating, so each derivation runs
 * once per evaluation. The scope lives only for that synchronous call: nothing is cached across calls,
 * so a record built up by mutation (the demo generator) can never be served a stale answer.
 */
import type { IsoDate } from '../../core/day.ts';
import type { ChildRecord } from '../../record/facts.ts';

interface Scope {
  readonly record: ChildRecord;
  readonly asAt: IsoDate;
  readonly values: Map<string, unknown>;
}

let scope: Scope | null = null;

/** Run `fn` with a memo scope for this record and date. */
export function withMemo<T>(record: ChildRecord, asAt: IsoDate, fn: () => T): T {
  const previous = scope;
  scope = { record, asAt, values: new Map() };
  try {
    return fn();
  } finally {
    scope = previous;
  }
}

/** `compute()`, remembered under `key` while a scope for the same record and date is open. */
export function memo<T>(record: ChildRecord, asAt: IsoDate, key: string, compute: () => T): T {
  const s = scope;
  if (s === null || s.record !== record || s.asAt !== asAt) return compute();
  if (s.values.has(key)) return s.values.get(key) as T;
  const value = compute();
  s.values.set(key, value);
  return value;
}
