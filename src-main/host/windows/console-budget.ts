import type { CommandOutcome, CommandRunner } from '../node/command-runner.js';

export interface ConsoleBudgetOptions {
  /** How many console commands may run at once (a loaded PC slows every one of them down). */
  concurrency: number;
  /** All commands of one refresh share this much time, from its first command. */
  budgetMs: number;
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

export function createConsoleBudget(runner: CommandRunner, options: ConsoleBudgetOptions): ConsoleBudget {
  let window: { id: number; endsAt: number } | undefined;
  let running = 0;
  const queue: Array<() => void> = [];

  function current(): { id: number; endsAt: number } {
    const now = options.clock();
    if (window === undefined || now >= window.endsAt) window = { id: (window?.id ?? 0) + 1, endsAt: now + options.budgetMs };
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
          return { ran: false, reason: 'timeout', message: `${programName(command)} was not started: the console tools had used up their ${options.budgetMs} ms` };
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
