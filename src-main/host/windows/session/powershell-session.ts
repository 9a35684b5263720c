import { powerShellArgs, scriptOnStdin } from '../powershell-command.js';
import { parseSessionLine, requestLine, type SessionRequest } from './session-protocol.js';
import { startFailureMessage } from '../../node/command-runner.js';
import { childThatCouldNotStart, type SessionChild, type SessionSpawner } from './session-process.js';

export interface PowerShellSessionOptions {
  spawn: SessionSpawner;
  /** powershell.exe (or, in tests, a stand-in speaking the same protocol). */
  command: string;
  /** The arguments that start it (powershell-command.ts: the bootstrap that reads the script from standard input). */
  args: readonly string[];
  /** The script written to standard input at each start, before any request (powershell-command.ts). */
  script?: string;
  /** How long a start may take until the session says it is ready (a cold start on a busy PC takes seconds). */
  startDeadlineMs: number;
  /** How long one answer may take; past it the session is killed and a new one started. */
  requestDeadlineMs: number;
  /** A session lost sooner than this after its start is not replaced at once (no start loop when it keeps crashing). */
  restartGapMs: number;
}

export type SessionAnswer =
  | { ok: true; body: { report?: unknown; watching?: number[]; cannotWatch?: number[] } }
  /** `start`: the session could not be started (missing, blocked by policy, never ready); `lost`: it died or hung while answering. */
  | { ok: false; stage: 'start' | 'lost'; message: string };

export interface PowerShellSession {
  request(request: SessionRequest): Promise<SessionAnswer>;
  /** Starts the session now if none runs (at host creation, so a cold PowerShell does not eat the first check's deadlines). */
  warm(): void;
  /** Why the last start failed (missing, blocked, Constrained Language Mode, never ready), for logs and tests. */
  lastStartFailure(): string | undefined;
  /** Called with the pid of each watched process that exits. */
  onExited(listener: (pid: number) => void): () => void;
  /** A process matching the filter of a `starts` request has started (session-script.ts looks once a second). */
  onStarted(listener: (pid: number) => void): () => void;
  /** Called when a session ends unasked (a crash, a kill at the deadline); the next request starts another. */
  onLost(listener: () => void): () => void;
  /** How many sessions were started, and the bytes each way (for tests and the bench). */
  stats(): { starts: number; bytesSent: number; bytesReceived: number };
  close(): void;
}

/** The arguments that start Windows PowerShell 5.1 for the session: no profile, no prompts, the script on standard input. */
export function sessionArgs(): string[] {
  return powerShellArgs();
}

interface Running {
  child: SessionChild;
  /** Settles once the session is ready (undefined) or could not start (why not). */
  started: Promise<string | undefined>;
  pending: Map<number, (answer: SessionAnswer) => void>;
  ended: boolean;
  /** Ended unasked (a crash, a kill at the deadline), not closed or refused at start. */
  lost: boolean;
}

/**
 * One PowerShell process, started on first use and kept: each request is a line in, its answer
 * a line out. A session that dies or does not answer within the deadline is killed and its
 * requests fail (`lost`); the next request starts a new one. Exits of watched processes, and
 * starts of followed ones, arrive as events at any time.
 */
export function createPowerShellSession(options: PowerShellSessionOptions): PowerShellSession {
  const exitedListeners = new Set<(pid: number) => void>();
  const startedListeners = new Set<(pid: number) => void>();
  const lostListeners = new Set<() => void>();
  const counters = { starts: 0, bytesSent: 0, bytesReceived: 0 };
  let running: Running | undefined;
  let nextId = 1;
  let closed = false;
  // Stryker disable next-line UnaryOperator: read only after the first start has set it (lastLostAt >= lastStartAt needs a loss, which needs a start)
  let lastStartAt = -Infinity;
  let lastLostAt = -Infinity;
  let startFailure: string | undefined;

  /** A spawner that throws (EPERM, UNKNOWN) gives a child that ended at once: a failed start, never an exception. */
  function startChild(): SessionChild {
    try {
      return options.spawn(options.command, options.args);
    } catch (error) {
      return childThatCouldNotStart(new Error(startFailureMessage(options.command, error)));
    }
  }

  function start(): Running {
    counters.starts += 1;
    lastStartAt = Date.now();
    const child = startChild();
    let refusal: string | undefined;
    let markReady: (ready: boolean) => void = () => undefined;
    const started = new Promise<string | undefined>((resolve) => {
      let settled = false;
      const timer = setTimeout(() => markReady(false), options.startDeadlineMs);
      markReady = (ready) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        // Once ready, an end nobody asked for is a loss, and the session is replaced.
        if (ready && !session.ended) session.lost = true;
        startFailure = ready ? undefined : (refusal ?? `PowerShell did not start within ${options.startDeadlineMs} ms (missing, or blocked by policy)`);
        resolve(startFailure);
      };
    });
    const session: Running = { child, pending: new Map(), ended: false, lost: false, started };
    child.onLine((line) => {
      counters.bytesReceived += Buffer.byteLength(line) + 1;
      const parsed = parseSessionLine(line);
      if (parsed.kind === 'ready') markReady(true);
      else if (parsed.kind === 'unavailable') {
        refusal = parsed.reason;
        markReady(false);
      }
      else if (parsed.kind === 'exited') for (const listener of [...exitedListeners]) listener(parsed.pid);
      else if (parsed.kind === 'started') for (const listener of [...startedListeners]) listener(parsed.pid);
      else if (parsed.kind === 'answer') {
        const settle = session.pending.get(parsed.id);
        session.pending.delete(parsed.id);
        if (parsed.body.error !== undefined) settle?.({ ok: false, stage: 'lost', message: `PowerShell could not answer: ${parsed.body.error}` });
        else settle?.({ ok: true, body: parsed.body });
      }
    });
    child.onEnd((error) => {
      if (error !== undefined) refusal ??= error.message;
      markReady(false);
      session.ended = true;
      const message = error ? `PowerShell could not start: ${error.message}` : 'the PowerShell session ended while answering';
      for (const settle of session.pending.values()) settle({ ok: false, stage: 'lost', message });
      session.pending.clear();
      if (running === session) running = undefined;
      if (session.lost) replace();
    });
    if (options.script !== undefined) {
      const text = scriptOnStdin(options.script);
      counters.bytesSent += Buffer.byteLength(text);
      child.write(text);
    }
    return session;
  }

  /** A session that died or hung is replaced at once (listeners re-send what they watch), unless it is crashing in a loop. */
  function replace(): void {
    if (closed) return;
    lastLostAt = Date.now();
    if (running === undefined && Date.now() - lastStartAt >= options.restartGapMs) running = start();
    for (const listener of [...lostListeners]) listener();
  }

  function end(session: Running, lost: boolean): void {
    session.lost = lost;
    if (running === session) running = undefined;
    session.child.kill();
  }

  async function request(body: SessionRequest): Promise<SessionAnswer> {
    if (closed) return { ok: false, stage: 'lost', message: 'the PowerShell session is closed' };
    if (running === undefined && lastLostAt >= lastStartAt && Date.now() - lastStartAt < options.restartGapMs) {
      return { ok: false, stage: 'lost', message: 'the PowerShell session keeps ending; it is started again shortly' };
    }
    // A start that failed moments ago (the warm start at host creation, say) is not repeated at once.
    if (running === undefined && startFailure !== undefined && Date.now() - lastStartAt < options.restartGapMs) {
      return { ok: false, stage: 'start', message: startFailure };
    }
    const session = running ?? (running = start());
    const refused = await session.started;
    if (refused !== undefined) {
      end(session, false);
      return { ok: false, stage: 'start', message: refused };
    }
    if (session.ended) return { ok: false, stage: 'lost', message: 'the PowerShell session ended' };
    const id = nextId++;
    return new Promise<SessionAnswer>((resolve) => {
      const timer = setTimeout(() => {
        session.pending.delete(id);
        resolve({ ok: false, stage: 'lost', message: `PowerShell did not answer within ${options.requestDeadlineMs} ms; the session was restarted` });
        end(session, true);
      }, options.requestDeadlineMs);
      session.pending.set(id, (answer) => {
        clearTimeout(timer);
        resolve(answer);
      });
      const line = requestLine(id, body);
      counters.bytesSent += Buffer.byteLength(line);
      session.child.write(line);
    });
  }

  return {
    request,
    warm() {
      if (!closed && running === undefined) running = start();
    },
    lastStartFailure: () => startFailure,
    onExited(listener) {
      exitedListeners.add(listener);
      return () => exitedListeners.delete(listener);
    },
    onStarted(listener) {
      startedListeners.add(listener);
      return () => startedListeners.delete(listener);
    },
    onLost(listener) {
      lostListeners.add(listener);
      return () => lostListeners.delete(listener);
    },
    stats: () => ({ ...counters }),
    close() {
      closed = true;
      // Stryker disable next-line BooleanLiteral: once closed, replace() neither starts a session nor tells anyone of a loss
      if (running !== undefined) end(running, false);
    },
  };
}
