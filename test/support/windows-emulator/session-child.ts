import type { SessionChild, SessionSpawner } from '../../../src-main/host/windows/session/session-process.js';
import { programOf, type EmulatedPc } from './emulated-pc.js';
import { callerMayQuery } from './cim-instances.js';
import { constrainedLanguageBlock, followsStarts, scriptBeforeMarker, scriptFromCommandLine, stdinBootstrapOf, waitAnyLimit, watchNeedsAllAccess } from './powershell-script.js';
import { psJson } from './ps-json.js';
import { readReport } from './ps-report.js';
import { followStarts } from './session-starts.js';

/** Lines are delivered on the microtask queue: no timer, so fake timers neither hold nor hurry them. */
const soon = (fn: () => void) => void Promise.resolve().then(fn);

/**
 * The long-lived PowerShell session as the session script (session/session-script.ts) behaves
 * on this PC, at the SessionSpawner port: `{"ready":true}` once started, one JSON line per
 * request (refresh: the report with the WQL filters applied to the PC's full lists; watch: the
 * processes watched; starts: followed from then on), `{"event":"exited","pid":N}` when a watched
 * process ends, `{"event":"started","pid":N}` when a followed start matches — and the
 * faults: a start that hangs or crashes, an answer that hangs or is cut off, Constrained
 * Language Mode, a start refused by policy, a false "exited" for a process the script opens
 * with PROCESS_ALL_ACCESS but may not, and WaitAny's 64-handle limit.
 */
export function emulatedSessionSpawner(pc: EmulatedPc): SessionSpawner {
  return (command, args) => {
    const program = programOf(command);
    pc.spawns.push({ program, command, args, port: 'session' });
    return startSession(pc, program, args);
  };
}

function startSession(pc: EmulatedPc, program: ReturnType<typeof programOf>, args: readonly string[]): SessionChild {
  const lineListeners: Array<(line: string) => void> = [];
  const endListeners: Array<(error?: Error) => void> = [];
  const watched = new Set<number>();
  let ended = false;
  let ready = false;
  let stdin = '';
  const commandText = scriptFromCommandLine(args);
  // A bootstrap on the command line reads the script from stdin up to its end marker, then runs it.
  const bootstrap = commandText === undefined ? undefined : stdinBootstrapOf(commandText);
  let script = bootstrap === undefined ? commandText : undefined;
  let scriptOnStdin = false;
  let started = false;
  const pid = pc.nextPid();
  pc.startProcess({ pid, name: 'powershell.exe', path: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', user: pc.currentUser, sessionId: pc.userSessionId, elevated: pc.snapshot.host.elevated === true });
  const stopWatching = pc.onProcessExit((exited) => {
    if (ended || !watched.delete(exited)) return;
    print({ event: 'exited', pid: exited });
  });
  let stopFollowingStarts = (): void => undefined;

  function print(value: unknown): void {
    printLine(psJson(value));
  }
  function printLine(line: string): void {
    soon(() => {
      if (!ended) for (const listener of [...lineListeners]) listener(line);
    });
  }
  function end(error?: Error): void {
    soon(() => {
      if (ended) return;
      ended = true;
      stopWatching();
      stopFollowingStarts();
      pc.stopProcess(pid);
      for (const listener of [...endListeners]) listener(error);
    });
  }

  function begin(): void {
    const fault = pc.faults.session ?? 'none';
    if (fault === 'hang-at-start') return;
    if (fault === 'crash-at-start') return end();
    const ran = bootstrap === undefined ? (script ?? '') : `${commandText ?? ''}\n${script ?? ''}`;
    if (pc.faults.constrainedLanguage && constrainedLanguageBlock(ran) !== undefined) return end(); // a terminating error before the ready line
    ready = true;
    print({ ready: true });
    drain();
  }

  function answer(line: string): void {
    let request: Record<string, unknown>;
    try {
      request = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return print({ id: -1, error: 'Invalid JSON primitive: .' });
    }
    const fault = pc.faults.session ?? 'none';
    if (fault === 'hang-mid-answer') return;
    if (fault === 'crash-mid-answer') {
      soon(() => {
        if (!ended) for (const listener of [...lineListeners]) listener(`{"id":${String(request.id)},"report":{"processes":[`);
      });
      return end();
    }
    const id = request.id;
    if (request.op === 'watch') return watch(id, Array.isArray(request.pids) ? request.pids.map(Number) : []);
    if (request.op === 'starts' && followsStarts(script ?? '')) {
      stopFollowingStarts();
      stopFollowingStarts = followStarts(pc, typeof request.processFilter === 'string' ? request.processFilter : '', (started) => print({ event: 'started', pid: started }));
      return print({ id });
    }
    const report = () => readReport(pc, {
      parts: Array.isArray(request.parts) ? request.parts.map(String) : [],
      processFilter: typeof request.processFilter === 'string' ? request.processFilter : null,
      serviceFilter: typeof request.serviceFilter === 'string' ? request.serviceFilter : null,
      registryRoots: Array.isArray(request.registryRoots) ? request.registryRoots.map(String) : [],
      ownerPatterns: Array.isArray(request.ownerPatterns) ? request.ownerPatterns.map(String) : [],
    }, script ?? '', pid);
    const stall = pc.faults.wmiStallMs ?? 0;
    if (stall > 0) setTimeout(() => print({ id, report: report() }), stall);
    else print({ id, report: report() });
  }

  function watch(id: unknown, pids: number[]): void {
    for (const old of [...watched]) if (!pids.includes(old)) watched.delete(old);
    const allAccess = watchNeedsAllAccess(script ?? '');
    // A script that answers `cannotWatch` says so for a process it may not open; an older one's catch reports it exited.
    const saysCannotWatch = /cannotWatch/.test(script ?? '');
    const cannotWatch: number[] = [];
    for (const wanted of pids) {
      if (watched.has(wanted)) continue;
      const process = pc.processes().find((p) => p.pid === wanted);
      if (process === undefined) {
        print({ event: 'exited', pid: wanted });
        continue;
      }
      // PROCESS_ALL_ACCESS is refused as a query is (elevated, a service, another user's); SYNCHRONIZE
      // only for another user's or a service's process (a process's default DACL grants its own
      // user SYNCHRONIZE, elevated or not).
      const mayOpen = allAccess ? callerMayQuery(pc, process) : mayWaitOn(process);
      if (mayOpen) watched.add(wanted);
      else if (saysCannotWatch) cannotWatch.push(wanted);
      else print({ event: 'exited', pid: wanted });
    }
    print(saysCannotWatch ? { id, watching: [...watched], cannotWatch } : { id, watching: [...watched] });
    const limit = waitAnyLimit(script ?? '');
    // The next wait: the input line's handle plus one per watched process.
    if (limit !== undefined && watched.size + 1 > limit) end();
  }

  function mayWaitOn(process: ReturnType<EmulatedPc['processes']>[number]): boolean {
    if (pc.snapshot.host.elevated === true) return true;
    return process.sessionId !== 0 && process.user !== undefined && process.user.toLowerCase() === pc.currentUser.toLowerCase();
  }

  function start(): void {
    if (started || ended) return;
    if (pc.faults.blocked?.includes(program) || pc.faults.spawnThrows?.programs.includes(program)) {
      started = true;
      return end(Object.assign(new Error(`spawn ${pc.faults.spawnThrows?.code ?? 'EPERM'}`), { code: pc.faults.spawnThrows?.code ?? 'EPERM' }));
    }
    // Under Constrained Language Mode a bootstrap's language gate answers before it reads anything.
    const gate = pc.faults.constrainedLanguage ? bootstrap?.gate?.('ConstrainedLanguage') : undefined;
    if (gate !== undefined) {
      started = true;
      for (const line of gate.stdout.split('\n').filter((l) => l !== '')) printLine(line);
      return end();
    }
    if (script === undefined) return; // the script has yet to come on stdin
    started = true;
    begin();
  }
  soon(start);

  /** Request lines read after the script: answered once the script runs (until then they wait in the pipe, as PowerShell has not read them). */
  function drain(): void {
    if (!ready) return;
    let newline = stdin.indexOf('\n');
    while (newline >= 0 && !ended) {
      const line = stdin.slice(0, newline).replace(/\r$/, '');
      stdin = stdin.slice(newline + 1);
      if (line.trimStart().startsWith('{')) answer(line);
      newline = stdin.indexOf('\n');
    }
  }

  return {
    pid,
    write(text) {
      if (ended) return;
      stdin += text;
      if (bootstrap !== undefined && script === undefined) {
        const read = scriptBeforeMarker(stdin, bootstrap.endMarker);
        if (read === undefined) return; // the bootstrap is still reading the script
        script = read.script;
        stdin = read.rest;
        soon(start);
        return;
      }
      if (bootstrap === undefined && !ready && (script === undefined || scriptOnStdin)) {
        // `-Command -`: the script itself arrives on stdin, up to the first request line
        let newline = stdin.indexOf('\n');
        while (newline >= 0 && !stdin.trimStart().startsWith('{')) {
          scriptOnStdin = true;
          script = `${script ?? ''}${stdin.slice(0, newline).replace(/\r$/, '')}\n`;
          stdin = stdin.slice(newline + 1);
          newline = stdin.indexOf('\n');
        }
        if (scriptOnStdin && !started) soon(start);
        return;
      }
      drain();
    },
    onLine: (listener) => void lineListeners.push(listener),
    onEnd: (listener) => void endListeners.push(listener),
    kill: () => end(),
  };
}
