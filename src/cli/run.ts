/**
 * Runs a command action and maps kith's errors to exit codes and plain messages: a person at a
 * terminal sees what was wrong and what would be valid, never a stack trace (set KITH_DEBUG=1 for one).
 */
import { debugOn } from '../core/debug.ts';
import { KithError } from '../core/errors.ts';

export const EXIT = { ok: 0, findings: 1, usage: 2, input: 3, conflict: 4, internal: 70 } as const;

export function action<A extends unknown[]>(
  fn: (...args: A) => Promise<number | undefined> | number | undefined,
) {
  return async (...args: A): Promise<void> => {
    try {
      const code = await fn(...args);
      process.exitCode = code ?? EXIT.ok;
    } catch (e) {
      if (e instanceof KithError) {
        process.stderr.write(`kith: ${e.userMessage}\n`);
        for (const d of e.details) process.stderr.write(`  - ${d}\n`);
        process.exitCode = e.exitCode;
      } else {
        process.stderr.write(`kith: unexpected error: ${(e as Error).message}\n`);
        if (debugOn()) process.stderr.write(`${(e as Error).stack}\n`);
        process.exitCode = EXIT.internal;
      }
    }
  };
}
