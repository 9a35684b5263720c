import type { ProcessInfo, RegistryKey, ServiceInfo } from '../../../src-shared/model/system.js';
import { fail, succeed, type HostResult } from '../host.js';
import type { CommandOutcome, CommandRunner } from '../node/command-runner.js';
import { decodeConsoleOutput, parseChcpOutput } from './console-text.js';
import { parseRegQuery } from './reg-query-output.js';
import { parseScQueryEx } from './sc-queryex-output.js';
import { systemPrograms, type SystemPrograms } from './system-programs.js';
import { parseTasklistCsv } from './tasklist-output.js';

/**
 * The classic console tools, for when PowerShell is missing, blocked or too slow:
 * `tasklist` for processes, `reg query` for registry values, `sc queryex` for services.
 * They print in the console's code page, which `chcp` names (asked once).
 */
export interface FallbackCommands {
  processes(): Promise<HostResult<ProcessInfo[]>>;
  services(): Promise<HostResult<ServiceInfo[]>>;
  registry(root: string): Promise<HostResult<RegistryKey[]>>;
}

/** "Access is denied" in English, German, French, Spanish, Italian and Dutch Windows. */
const ACCESS_DENIED_WORDS = /denied|verweigert|refusé|denegado|negato|geweigerd/i;

export function createFallbackCommands(runner: CommandRunner, timeoutMs: number, programs: SystemPrograms = systemPrograms()): FallbackCommands {
  let codePage: Promise<number | undefined> | undefined;

  function consoleCodePage(): Promise<number | undefined> {
    codePage ??= runner({ command: programs.cmd, args: ['/d', '/c', 'chcp'], timeoutMs }).then((outcome) =>
      outcome.ran && outcome.exitCode === 0 ? parseChcpOutput(decodeConsoleOutput(outcome.stdout, 437)) : undefined,
    );
    return codePage;
  }

  async function run(command: string, args: string[]): Promise<{ outcome: Extract<CommandOutcome, { ran: true }>; text: string } | HostResult<never>> {
    const outcome = await runner({ command, args, timeoutMs });
    if (!outcome.ran) return fail(outcome.reason === 'timeout' ? 'timeout' : 'error', outcome.message);
    const page = await consoleCodePage();
    return { outcome, text: decodeConsoleOutput(outcome.stdout, page) };
  }

  return {
    async processes() {
      const result = await run(programs.tasklist, ['/FO', 'CSV', '/NH']);
      if ('ok' in result) return result;
      if (result.outcome.exitCode !== 0) return fail('error', `tasklist ended with exit code ${result.outcome.exitCode}`);
      const parsed = parseTasklistCsv(result.text);
      return parsed.ok ? succeed(parsed.processes) : fail('error', parsed.message);
    },

    async services() {
      const result = await run(programs.sc, ['queryex', 'type=', 'service', 'state=', 'all']);
      if ('ok' in result) return result;
      const parsed = parseScQueryEx(result.text, result.outcome.exitCode);
      return parsed.ok ? succeed(parsed.services) : fail(parsed.kind, parsed.message);
    },

    async registry(root) {
      const result = await run(programs.reg, ['query', root, '/s', '/reg:64']);
      if ('ok' in result) return result;
      // Exit code 1: the key does not exist, or access is denied; only the localised message tells which.
      if (result.outcome.exitCode !== 0) {
        const message = decodeConsoleOutput(result.outcome.stderr, await consoleCodePage()).trim();
        return ACCESS_DENIED_WORDS.test(message) ? fail('denied', `reg query ${root}: ${message}`) : succeed([]);
      }
      return succeed(parseRegQuery(result.text));
    },
  };
}
