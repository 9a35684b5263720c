import { vi } from 'vitest';
import type { SessionChild, SessionSpawner } from '../../../src-main/host/windows/session/session-process.js';

/**
 * An in-memory PowerShell for the session's tests, in fake time: each start is a child that
 * says it is ready after `readyAfterMs`, then answers each request line after `answerAfterMs`
 * with what `answer` makes of it — or never (`hang`), or by dying (`crash`). Every start, line
 * and kill is recorded.
 */
export interface FakePowerShellBehaviour {
  /** How long a start takes until `{"ready":true}`; `never`: it never says so. */
  readyAfterMs: number | 'never';
  answerAfterMs: number;
  mode: 'answer' | 'hang' | 'crash' | 'error';
  /** The body of each answer (without its id). */
  answer(request: Record<string, unknown>): Record<string, unknown>;
  /** Lines printed before ready (a stray warning, a banner). */
  noise: string[];
  /** Ends at once with a start error (ENOENT, EPERM), as a child that never ran. */
  spawnError?: Error;
}

export interface FakeChildRecord {
  command: string;
  args: readonly string[];
  /** The request lines written (JSON), in order. */
  written: string[];
  /** The script written at start (everything before the first request line; the session's bootstrap reads it up to its end marker). */
  script: string;
  killed: boolean;
  ended: boolean;
  /** Prints a line as the session would (an `exited` event, noise). */
  print(line: string): void;
  /** Dies by itself (with `error`: as Node reports a child's 'error' event). */
  die(error?: Error): void;
}

export function fakePowerShell(initial: Partial<FakePowerShellBehaviour> = {}) {
  const behaviour: FakePowerShellBehaviour = {
    readyAfterMs: 10,
    answerAfterMs: 50,
    mode: 'answer',
    answer: (request) => (request['op'] === 'watch' ? { watching: request['pids'] } : { report: { processes: [] } }),
    noise: [],
    ...initial,
  };
  const children: FakeChildRecord[] = [];

  const spawn: SessionSpawner = (command, args) => {
    const lineListeners: Array<(line: string) => void> = [];
    const endListeners: Array<(error?: Error) => void> = [];
    const record: FakeChildRecord = {
      command,
      args,
      written: [],
      script: '',
      killed: false,
      ended: false,
      print: (line) => {
        if (!record.ended) for (const listener of [...lineListeners]) listener(line);
      },
      die: (error) => end(error),
    };
    function end(error?: Error): void {
      if (record.ended) return;
      record.ended = true;
      for (const listener of [...endListeners]) listener(error);
    }
    const child: SessionChild = {
      pid: 1000 + children.length,
      write(text) {
        if (record.ended) return;
        if (!text.startsWith('{')) {
          record.script += text;
          return;
        }
        record.written.push(text);
        const request = JSON.parse(text) as Record<string, unknown>;
        const mode = behaviour.mode;
        if (mode === 'hang') return;
        setTimeout(() => {
          if (mode === 'crash') return end();
          const body = mode === 'error' ? { error: 'Get-CimInstance : Access denied' } : behaviour.answer(request);
          record.print(JSON.stringify({ id: request['id'], ...body }));
        }, behaviour.answerAfterMs);
      },
      onLine: (listener) => void lineListeners.push(listener),
      onEnd: (listener) => void endListeners.push(listener),
      kill() {
        record.killed = true;
        // The exit arrives a moment after the kill, as a real child's does.
        setTimeout(() => end(), 1);
      },
    };
    children.push(record);
    const startError = behaviour.spawnError;
    if (startError !== undefined) {
      setTimeout(() => end(startError), 1);
    } else {
      const ready = behaviour.readyAfterMs;
      if (ready !== 'never') {
        setTimeout(() => {
          for (const line of behaviour.noise) record.print(line);
          record.print('{"ready":true}');
        }, ready);
      }
    }
    return child;
  };

  return { spawn, children, behaviour, starts: () => children.length };
}

/** `promise` settled within `ms` of fake time — or a failure at once, never a hang (quick kills under mutation). */
export async function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T> {
  let settled = false;
  promise.then(() => (settled = true), () => (settled = true));
  await vi.advanceTimersByTimeAsync(ms);
  if (!settled) throw new Error(`no answer within ${ms} ms of fake time`);
  return promise;
}
