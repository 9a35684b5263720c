import type { CommandOutcome, CommandRequest, CommandRunner } from '../../../src-main/host/node/command-runner.js';
import { cmd, reg, sc, tasklist, type ConsoleAnswer } from './console-tools.js';
import { consoleBytes } from './windows-languages.js';
import { programOf, type EmulatedPc } from './emulated-pc.js';
import { constrainedLanguageBlock, constrainedLanguageError, oneShotQuestions, scriptBeforeMarker, scriptFromCommandLine, stdinBootstrapOf, writesUtf8 } from './powershell-script.js';
import { psJson } from './ps-json.js';
import { readReport } from './ps-report.js';


/** After `ms`, or at the request's deadline if that comes first (then the program is killed: a timeout). */
function after(ms: number, request: CommandRequest, answer: () => CommandOutcome): Promise<CommandOutcome> {
  if (ms <= 0) return Promise.resolve(answer());
  const wait = Math.min(ms, request.timeoutMs);
  return new Promise((resolve) => {
    setTimeout(() => resolve(ms > request.timeoutMs ? { ran: false, reason: 'timeout', message: `${request.command} did not finish within ${request.timeoutMs} ms` } : answer()), wait);
  });
}

/**
 * The CommandRunner port on this PC: Windows PowerShell running the one-shot system script
 * (its JSON, or under Constrained Language Mode its error), and the console tools `tasklist`,
 * `sc`, `reg` and `cmd /c chcp`, each printing in the console's OEM code page. What a correct
 * runner makes of a program that cannot start (blocked by policy: libuv's EPERM) is a failed
 * run, never a throw; the throw itself is played one level down (node-child-process.ts).
 */
export function emulatedRunner(pc: EmulatedPc): CommandRunner {
  return (request) => {
    const program = programOf(request.command);
    pc.spawns.push({ program, command: request.command, args: request.args, port: 'runner' });
    const code = pc.faults.spawnThrows?.programs.includes(program) ? pc.faults.spawnThrows.code : pc.faults.blocked?.includes(program) ? 'EPERM' : undefined;
    if (code !== undefined) return Promise.resolve({ ran: false, reason: 'error', message: `${request.command} failed: spawn ${code}` });
    const page = pc.texts.oemCodePage;
    const console = (answer: ConsoleAnswer): CommandOutcome => ({ ran: true, stdout: consoleBytes(answer.stdout, page), stderr: consoleBytes(answer.stderr, page), exitCode: answer.exitCode });
    const stall = pc.faults.consoleStallMs ?? 0;
    switch (program) {
      case 'powershell':
        return after(pc.faults.wmiStallMs ?? 0, request, () => oneShot(pc, request));
      case 'tasklist':
        return after(stall, request, () => console(tasklist(pc, request.args, pc.nextPid())));
      case 'sc':
        return after(stall, request, () => console(sc(pc, request.args)));
      case 'reg':
        return after(stall, request, () => console(reg(pc, request.args)));
      case 'cmd':
        return after(stall, request, () => console(cmd(pc, request.args)));
      default:
        return Promise.resolve({ ran: false, reason: 'not-found', message: `${request.command} was not found` });
    }
  };
}

function oneShot(pc: EmulatedPc, request: CommandRequest): CommandOutcome {
  const commandText = scriptFromCommandLine(request.args, request.stdin) ?? '';
  const bootstrap = stdinBootstrapOf(commandText);
  const gate = pc.faults.constrainedLanguage ? bootstrap?.gate?.('ConstrainedLanguage') : undefined;
  if (gate !== undefined) return { ran: true, stdout: consoleBytes(gate.stdout, pc.texts.oemCodePage), stderr: new Uint8Array(), exitCode: gate.exitCode };
  // A bootstrap runs what it read from standard input up to its end marker (all of it, if the marker never came).
  const script = bootstrap === undefined ? commandText : (scriptBeforeMarker(request.stdin ?? '', bootstrap.endMarker)?.script ?? request.stdin ?? '');
  const blocked = pc.faults.constrainedLanguage ? constrainedLanguageBlock(bootstrap === undefined ? script : `${commandText}\n${script}`) : undefined;
  if (blocked !== undefined) return { ran: true, stdout: new Uint8Array(), stderr: consoleBytes(`${constrainedLanguageError(blocked)}\n`, pc.texts.oemCodePage), exitCode: 1 };
  const pid = pc.nextPid();
  pc.startProcess({ pid, name: 'powershell.exe', path: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', user: pc.currentUser, sessionId: pc.userSessionId });
  try {
    const json = psJson(readReport(pc, oneShotQuestions(script), script, pid));
    return { ran: true, stdout: writesUtf8(script) ? new Uint8Array(Buffer.from(json, 'utf8')) : consoleBytes(json, pc.texts.oemCodePage), stderr: new Uint8Array(), exitCode: 0 };
  } finally {
    pc.stopProcess(pid);
  }
}
