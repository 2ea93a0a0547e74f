/**
 * KITH_DEBUG=1: extra lines on stderr for someone finding out why something failed or was slow (stack
 * traces, the time each step of a validation took, why a return was read on one thread).
 */
export function debugOn(): boolean {
  return Boolean(process.env.KITH_DEBUG);
}

/** Write `kith: [<ms since the process or thread started>] <message>` on stderr when KITH_DEBUG is set. */
export function debugLine(message: string): void {
  if (debugOn()) process.stderr.write(`kith: [${Math.round(performance.now())} ms] ${message}\n`);
}
