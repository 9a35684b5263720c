import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandOutcome, CommandRequest, CommandRunner } from '../../../src-main/host/node/command-runner.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/windows');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

/** An outcome that replays a recorded file as stdout (and optionally another as stderr). */
export function replay(stdoutFile: string | undefined, exitCode = 0, stderrFile?: string): CommandOutcome {
  return {
    ran: true,
    stdout: stdoutFile === undefined ? new Uint8Array() : fixtureBytes(stdoutFile),
    stderr: stderrFile === undefined ? new Uint8Array() : fixtureBytes(stderrFile),
    exitCode,
  };
}

/**
 * A CommandRunner that answers from recorded output by program file name (`powershell.exe`,
 * `tasklist.exe`, …, whatever folder it is run from) and remembers every request it was given.
 */
export function recordedRunner(answers: Record<string, CommandOutcome | ((request: CommandRequest) => CommandOutcome)>): CommandRunner & { requests: CommandRequest[] } {
  const requests: CommandRequest[] = [];
  const runner = async (request: CommandRequest): Promise<CommandOutcome> => {
    requests.push(request);
    const answer = answers[request.command.slice(request.command.lastIndexOf('\\') + 1).toLowerCase()];
    if (answer === undefined) return { ran: false, reason: 'not-found', message: `${request.command} was not found` };
    return typeof answer === 'function' ? answer(request) : answer;
  };
  return Object.assign(runner, { requests });
}

const HIVE_NAMES: Record<string, string> = { HKLM: 'HKEY_LOCAL_MACHINE', HKCU: 'HKEY_CURRENT_USER', HKU: 'HKEY_USERS', HKCR: 'HKEY_CLASSES_ROOT' };

/** A key as `reg query` prints it: the hive spelled out. */
export function regKeyLine(key: string): string {
  const [hive, ...rest] = key.split('\\');
  return [HIVE_NAMES[hive!.toUpperCase()] ?? hive!, ...rest].join('\\');
}

/**
 * `reg query <key>` without `/s`, as reg.exe answers it: the key, then its subkeys, one full
 * name a line (exit 0). Sync Doctor asks it of a key's parent to tell a missing key (not among
 * the parent's subkeys) from one it may not read, without reading reg's localised message.
 */
export function regListing(key: string, subkeys: readonly string[] = []): CommandOutcome {
  const lines = ['', regKeyLine(key), '', ...subkeys.map((sub) => regKeyLine(`${key}\\${sub}`)), ''];
  return { ran: true, stdout: new TextEncoder().encode(lines.join('\r\n')), stderr: new Uint8Array(), exitCode: 0 };
}

/** Whether a `reg.exe` request is the parent listing (no `/s`). */
export const isRegListing = (request: CommandRequest): boolean => !request.args.includes('/s');
