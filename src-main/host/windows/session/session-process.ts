import { spawn as nodeSpawn } from 'node:child_process';
import { startFailureMessage } from '../../node/command-runner.js';

/**
 * A started long-lived program, as the session needs it: lines in, lines out, its end, and a
 * way to kill it. A port, so tests can record every start and stand in for PowerShell.
 */
export interface SessionChild {
  readonly pid: number | undefined;
  write(text: string): void;
  /** Each complete line it prints on stdout (without the line break). */
  onLine(listener: (line: string) => void): void;
  /** It ended (or could not start: `error` says why). Called once. */
  onEnd(listener: (error?: Error) => void): void;
  kill(): void;
}

export type SessionSpawner = (command: string, args: readonly string[]) => SessionChild;

/** `spawn`, replaceable in tests (one that throws as Node's does for EPERM or UNKNOWN). */
export type SpawnImpl = typeof nodeSpawn;

/**
 * A child that could not be started: it ends, with the reason, as soon as someone listens.
 * Node's `spawn` throws synchronously for start errors other than ENOENT/EACCES/EAGAIN/EMFILE/
 * ENFILE (EPERM for AppLocker blocking powershell.exe, UNKNOWN under Wine on a busy machine).
 */
export function childThatCouldNotStart(error: Error): SessionChild {
  return {
    pid: undefined,
    write: () => undefined,
    onLine: () => undefined,
    onEnd: (listener) => void queueMicrotask(() => listener(error)),
    kill: () => undefined,
  };
}

/** The real spawner: no shell, no window, stdout split into UTF-8 lines; a start that throws is a child that ended at once. */
export const spawnSessionChild = (command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env, spawn: SpawnImpl = nodeSpawn): SessionChild => {
  let child: ReturnType<typeof nodeSpawn>;
  try {
    child = spawn(command, [...args], { stdio: ['pipe', 'pipe', 'ignore'], windowsHide: true, env });
  } catch (error) {
    return childThatCouldNotStart(new Error(startFailureMessage(command, error)));
  }
  const lineListeners: Array<(line: string) => void> = [];
  const endListeners: Array<(error?: Error) => void> = [];
  let ended = false;
  const end = (error?: Error) => {
    if (ended) return;
    ended = true;
    for (const listener of endListeners) listener(error);
  };
  let pending = '';
  // Stryker disable next-line StringLiteral: setEncoding('') decodes UTF-8 as well (Node's default)
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    pending += chunk;
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      const line = pending.slice(0, newline).replace(/\r$/, '');
      pending = pending.slice(newline + 1);
      for (const listener of lineListeners) listener(line);
      newline = pending.indexOf('\n');
    }
  });
  child.stdin!.on('error', () => undefined); // a dead session's pipe: its end is reported by 'exit'
  // A session never keeps Node running by itself (a request waiting for it has its own timer).
  child.unref();
  for (const stream of [child.stdin, child.stdout] as unknown as Array<{ unref?: () => void }>) stream.unref?.();
  child.on('error', (error) => end(error));
  child.on('exit', () => end());
  return {
    pid: child.pid,
    write: (text) => {
      if (!child.stdin!.destroyed) child.stdin!.write(text);
    },
    onLine: (listener) => void lineListeners.push(listener),
    onEnd: (listener) => void endListeners.push(listener),
    kill: () => {
      child.kill('SIGKILL');
    },
  };
};
