/** Who is acting: a signed-in user, or a named system process (CLI, import, demo generator). */
export interface Actor {
  /** The worker/user id, or null for a system process. */
  readonly id: string | null;
  /** Written to the logs: 'user:<id>', 'cli', 'import:903', 'demo'. Never a name. */
  readonly label: string;
}

export const SYSTEM_ACTORS = {
  cli: { id: null, label: 'cli' },
  demo: { id: null, label: 'demo' },
  import903: { id: null, label: 'import:903' },
  importCin: { id: null, label: 'import:cin' },
} as const satisfies Record<string, Actor>;

export function userActor(userId: string): Actor {
  return { id: userId, label: `user:${userId}` };
}
