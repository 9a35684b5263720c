import type { ProcessInfo, RegistryKey, ServiceInfo } from '../../../src-shared/model/system.js';
import { fail, succeed, type HostResult } from '../host.js';
import type { CommandOutcome, CommandRunner } from '../node/command-runner.js';
import { createConsoleBudget, type ConsoleBudgetOptions } from './console-budget.js';
import { decodeConsoleOutput, parseChcpOutput } from './console-text.js';
import { parseRegQuery } from './reg-query-output.js';
import { normaliseRoot } from '../../../src-shared/model/registry-key-path.js';
import { parseScQueryEx } from './sc-queryex-output.js';
import { systemPrograms, type SystemPrograms } from './system-programs.js';
import { parseTasklistCsv } from './tasklist-output.js';

/**
 * The classic console tools, for when PowerShell is missing, blocked or too slow:
 * `tasklist` for processes, `reg query` for registry values, `sc queryex` for services.
 * They print in the console's code page, which `chcp` names (asked once). They run a few at a
 * time within one budget per refresh (console-budget.ts), and within a refresh each question is
 * asked once: `HKCU\Network`, wanted by the drive table and the probes alike, is one `reg query`.
 */
export interface FallbackCommands {
  processes(): Promise<HostResult<ProcessInfo[]>>;
  services(): Promise<HostResult<ServiceInfo[]>>;
  /** Every key at or below each root, read concurrently; a root that cannot be read is an error of a partial answer. */
  registry(roots: readonly string[]): Promise<HostResult<RegistryKey[]>>;
}

export type FallbackOptions = Omit<ConsoleBudgetOptions, 'clock'> & { clock?: () => number };

/** Three at a time, within 4 s: inside the check's default 5 s deadline even when each command takes a second. */
export const DEFAULT_FALLBACK_OPTIONS: FallbackOptions = { concurrency: 3, budgetMs: 4000, commandTimeoutMs: 10_000 };

/** The key above `key` (`HKLM\\SOFTWARE\\Sage` → `HKLM\\SOFTWARE`); none for a hive. */
export function parentKey(key: string): string | undefined {
  const cut = key.lastIndexOf('\\');
  return cut > 0 ? key.slice(0, cut) : undefined;
}

/** Whether `listing` (the output of `reg query <parent>`, without `/s`) names `key` among the parent's subkeys. */
export function listsSubkey(listing: string, key: string): boolean {
  const wanted = normaliseRoot(key).toLowerCase();
  return parseRegQuery(listing).some((k) => normaliseRoot(k.key).toLowerCase() === wanted);
}

export function createFallbackCommands(runner: CommandRunner, options: Partial<FallbackOptions> = {}, programs: SystemPrograms = systemPrograms()): FallbackCommands {
  const settings = { ...DEFAULT_FALLBACK_OPTIONS, ...options };
  const budget = createConsoleBudget(runner, { ...settings, clock: settings.clock ?? Date.now });
  let codePage: Promise<number | undefined> | undefined;
  const answers = new Map<string, Promise<HostResult<unknown>>>();
  let answersOf: number | undefined;

  /** The answer to one question, asked once per refresh. */
  function once<T>(question: string, ask: () => Promise<HostResult<T>>): Promise<HostResult<T>> {
    const refresh = budget.refresh();
    if (refresh !== answersOf) {
      answers.clear();
      answersOf = refresh;
    }
    let pending = answers.get(question) as Promise<HostResult<T>> | undefined;
    if (!pending) answers.set(question, (pending = ask()));
    return pending;
  }

  function consoleCodePage(): Promise<number | undefined> {
    codePage ??= budget.run(programs.cmd, ['/d', '/c', 'chcp']).then((outcome) =>
      outcome.ran && outcome.exitCode === 0 ? parseChcpOutput(decodeConsoleOutput(outcome.stdout, 437)) : undefined,
    );
    // A code page that could not be read is asked again next time.
    void codePage.then((page) => {
      if (page === undefined) codePage = undefined;
    });
    return codePage;
  }

  async function run(command: string, args: string[]): Promise<{ outcome: Extract<CommandOutcome, { ran: true }>; text: string; page: number | undefined } | HostResult<never>> {
    const [outcome, page] = await Promise.all([budget.run(command, args), consoleCodePage()]);
    if (!outcome.ran) return fail(outcome.reason === 'timeout' ? 'timeout' : 'error', outcome.message);
    return { outcome, text: decodeConsoleOutput(outcome.stdout, page), page };
  }

  /**
   * Whether a key exists, decided without reading `reg`'s localised message: `reg query` exits 1
   * both for a missing key and for one this user may not read, so the parent is listed (without
   * `/s`): a key it names exists; one it does not name is missing. Listing a key's subkeys needs
   * only the parent's enumerate right, not access to the key. A parent that cannot be listed
   * either is decided the same way, up to the hive.
   */
  function keyPresent(key: string): Promise<HostResult<boolean>> {
    const parent = parentKey(key);
    if (parent === undefined) return Promise.resolve(succeed(true)); // a hive
    return once(`reg-list ${key.toLowerCase()}`, async () => {
      const listing = await run(programs.reg, ['query', parent, '/reg:64']);
      if ('ok' in listing) return listing;
      if (listing.outcome.exitCode === 0) return succeed(listsSubkey(listing.text, key));
      if (listing.outcome.exitCode !== 1) return fail('error', `reg query ${parent} ended with exit code ${listing.outcome.exitCode}`);
      const parentPresent = await keyPresent(parent);
      if (!parentPresent.ok) return parentPresent;
      return parentPresent.value ? fail('denied', `reg query ${parent}: the key exists but this user may not list it`) : succeed(false);
    });
  }

  async function registryRoot(root: string): Promise<HostResult<RegistryKey[]>> {
    const result = await run(programs.reg, ['query', root, '/s', '/reg:64']);
    if ('ok' in result) return result;
    if (result.outcome.exitCode === 0) return succeed(parseRegQuery(result.text));
    if (result.outcome.exitCode !== 1) return fail('error', `reg query ${root} ended with exit code ${result.outcome.exitCode}`);
    // Exit code 1: the key does not exist, or it may not be read; its parent's list of subkeys tells which.
    const present = await keyPresent(root);
    if (!present.ok) return present;
    return present.value ? fail('denied', `reg query ${root}: the key exists but this user may not read it`) : succeed([]);
  }

  return {
    processes: () => once('tasklist', async () => {
      const result = await run(programs.tasklist, ['/FO', 'CSV', '/NH']);
      if ('ok' in result) return result;
      if (result.outcome.exitCode !== 0) return fail('error', `tasklist ended with exit code ${result.outcome.exitCode}`);
      const parsed = parseTasklistCsv(result.text);
      if (!parsed.ok) return fail('error', parsed.message);
      // Unfiltered, tasklist always lists at least itself: no rows means it did not really answer.
      if (parsed.processes.length === 0) return fail('error', 'tasklist answered with no processes at all, though it always lists itself');
      return succeed(parsed.processes);
    }),

    services: () => once('sc', async () => {
      const result = await run(programs.sc, ['queryex', 'type=', 'service', 'state=', 'all']);
      if ('ok' in result) return result;
      const parsed = parseScQueryEx(result.text, result.outcome.exitCode);
      return parsed.ok ? succeed(parsed.services) : fail(parsed.kind, parsed.message);
    }),

    async registry(roots) {
      const answers = await Promise.all(roots.map((root) => once(`reg ${root.toLowerCase()}`, () => registryRoot(root))));
      const failures = answers.flatMap((a, i) => (a.ok ? [] : [{ ...a.error, path: roots[i]! }]));
      // No root answered: the registry did not answer. Some did: what was read stands, and each
      // root that failed (denied, say) is an error of a partial answer — as the PowerShell path says it.
      if (failures.length === answers.length && failures.length > 0) return answers.find((a) => !a.ok)!;
      return succeed(answers.flatMap((a) => (a.ok ? a.value : [])), failures.length > 0 ? { kind: 'partial', errors: failures } : undefined);
    },
  };
}
