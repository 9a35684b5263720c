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
