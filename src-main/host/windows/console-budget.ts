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

/** The console tools' share of the check's look-up deadline: room left for the answer to arrive. */
export const CONSOLE_SHARE_OF_DEADLINE = 0.8;

/** The console budget for a look-up deadline (`--timeout`, the settings' timeout): 80% of it. */
export function consoleBudgetForDeadline(deadlineMs: number): number {
  return Math.max(1, Math.floor(deadlineMs * CONSOLE_SHARE_OF_DEADLINE));
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
