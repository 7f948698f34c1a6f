// Exit codes CI can act on; only src/cli/main.ts hands one to the process.
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
