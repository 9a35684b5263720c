import type { CommandOutcome, CommandRunner } from '../node/command-runner.js';

export interface ConsoleBudgetOptions {
  /** How many console commands may run at once (a loaded PC slows every one of them down). */
  concurrency: number;
  /**
   * All commands of one refresh share this much time, from its first command. A function is
   * asked at the start of each refresh (the check's deadline may change between checks).
   */
  budgetMs: number | (() => number);
  /** The most any one command may take. */
  commandTimeoutMs: number;
  clock: () => number;
}

/**
 * Runs the console tools (tasklist, sc, reg, chcp) a few at a time within one time budget per
 * refresh, so the whole fallback answers inside the check's deadline instead of one command
 * after another past it. A refresh begins with the first command after the last one's budget
 * ran out; a command still queued when its refresh's budget is spent is not started at all.
 */
export interface ConsoleBudget {
  run(command: string, args: readonly string[]): Promise<CommandOutcome>;
  /** The current refresh's number: answers read under the same number are still fresh. */
  refresh(): number;
}

/**
 * How the check's look-up deadline is shared on Windows: PowerShell (the session, or the one-shot
 * run) has the first quarter to answer; then the console tools start and have 70% of it, so
 * their answers arrive by 95% of the deadline, before the look-up gives up.
 */
export const SESSION_SHARE_OF_DEADLINE = 0.25;
export const CONSOLE_SHARE_OF_DEADLINE = 0.7;

/** The console budget for a look-up deadline (`--timeout`, the settings' timeout): 70% of it. */
export function consoleBudgetForDeadline(deadlineMs: number): number {
  return Math.max(1, Math.floor(deadlineMs * CONSOLE_SHARE_OF_DEADLINE));
}

/** How long a look-up waits for PowerShell before the console tools answer it: 25% of the deadline. */
export function sessionWaitForDeadline(deadlineMs: number): number {
  return Math.max(1, Math.floor(deadlineMs * SESSION_SHARE_OF_DEADLINE));
}

export function createConsoleBudget(runner: CommandRunner, options: ConsoleBudgetOptions): ConsoleBudget {
  let window: { id: number; endsAt: number; budgetMs: number } | undefined;
  const budgetNow = () => (typeof options.budgetMs === 'function' ? options.budgetMs() : options.budgetMs);
  let running = 0;
  const queue: Array<() => void> = [];

  function current(): { id: number; endsAt: number; budgetMs: number } {
    const now = options.clock();
    if (window === undefined || now >= window.endsAt) {
      const budgetMs = budgetNow();
      window = { id: (window?.id ?? 0) + 1, endsAt: now + budgetMs, budgetMs };
    }
    return window;
  }

  async function slot(): Promise<void> {
    if (running < options.concurrency) {
      running++;
      return;
    }
    await new Promise<void>((resolve) => queue.push(resolve));
  }

  function release(): void {
    const next = queue.shift();
    if (next) next();
    else running--;
  }

  return {
    refresh: () => current().id,
    async run(command, args) {
      const refresh = current();
      await slot();
      try {
        const remaining = refresh.endsAt - options.clock();
        if (remaining <= 0) {
          return { ran: false, reason: 'timeout', message: `${programName(command)} was not started: the console tools had used up their ${refresh.budgetMs} ms` };
        }
        return await runner({ command, args, timeoutMs: Math.min(options.commandTimeoutMs, remaining) });
      } finally {
        release();
      }
    },
  };
}

function programName(command: string): string {
  return command.slice(Math.max(command.lastIndexOf('\\'), command.lastIndexOf('/')) + 1);
}
