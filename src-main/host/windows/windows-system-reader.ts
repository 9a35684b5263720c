import { succeed, type HostResult } from '../host.js';
import type { CommandRunner } from '../node/command-runner.js';
import { languageModeRefusal, powerShellRequest } from './powershell-command.js';
import { normaliseRoot, rootsCovered } from '../../../src-shared/model/registry-key-path.js';
import { PROBE_REGISTRY_ROOTS } from '../../../src-shared/model/registry-roots.js';
import { buildSystemScript } from './system-script.js';
import { parseSystemReport, type SystemReport } from './system-report.js';

export type SystemRead = { ok: true; report: SystemReport } | { ok: false; message: string };

export interface SystemReaderOptions {
  runner: CommandRunner;
  /** Full path of powershell.exe. */
  powershell: string;
  /** How long PowerShell may take (cold starts on a busy PC take seconds). */
  powerShellTimeoutMs: number;
  /** A refresh answers every question asked within this time after it (the probes ask several at once). */
  cacheMs: number;
  /** After PowerShell failed, how long to use the console tools before trying it again. */
  retryAfterFailureMs: number;
  ownerNamePatterns: readonly string[];
  clock: () => number;
}

/**
 * One PowerShell run answers identity, processes, services, registry and drives together.
 * Callers asking within `cacheMs` of a refresh (or while it runs) share it; a registry root not
 * read yet starts a new refresh that includes it.
 */
export function createSystemReader(options: SystemReaderOptions): (roots?: readonly string[]) => Promise<SystemRead> {
  let current: { roots: string[]; read: Promise<SystemRead>; settledAt?: number } | undefined;
  let failedAt: number | undefined;

  function fresh(): boolean {
    if (current === undefined) return false;
    return current.settledAt === undefined || options.clock() - current.settledAt < options.cacheMs;
  }

  async function runPowerShell(roots: string[]): Promise<SystemRead> {
    const script = buildSystemScript({ registryRoots: roots, ownerNamePatterns: options.ownerNamePatterns });
    const outcome = await options.runner(powerShellRequest(options.powershell, script, options.powerShellTimeoutMs));
    if (!outcome.ran) return { ok: false, message: outcome.message };
    const refusal = languageModeRefusal(Buffer.from(outcome.stdout).toString('utf8'));
    if (refusal !== undefined) return { ok: false, message: `${refusal}: the script cannot run; using the console tools` };
    const parsed = parseSystemReport(outcome.stdout);
    if (!parsed.ok) {
      const stderr = Buffer.from(outcome.stderr).toString('utf8').trim().split(/\r?\n/)[0] ?? '';
      return { ok: false, message: `${parsed.message} (exit code ${outcome.exitCode}${stderr ? `: ${stderr}` : ''})` };
    }
    return parsed;
  }

  return (asked = []) => {
    if (failedAt !== undefined && options.clock() - failedAt < options.retryAfterFailureMs) {
      return Promise.resolve({ ok: false, message: 'PowerShell failed a moment ago; using the console tools' });
    }
    const wanted = asked.map(normaliseRoot);
    if (current !== undefined && fresh() && rootsCovered(wanted, current.roots)) return current.read;
    const roots = [...new Set([...PROBE_REGISTRY_ROOTS, ...(fresh() && current ? current.roots : []), ...wanted])];
    const entry: { roots: string[]; read: Promise<SystemRead>; settledAt?: number } = { roots, read: runPowerShell(roots) };
    current = entry;
    void entry.read.then((read) => {
      entry.settledAt = options.clock();
      if (!read.ok) failedAt = options.clock();
    });
    return entry.read;
  };
}

/** The answer of a refresh part, or the fallback's answer when PowerShell could not give it. */
export async function fromReportOr<T>(read: SystemRead, pick: (report: SystemReport) => T | undefined, fallback: () => Promise<HostResult<T>>): Promise<HostResult<T>> {
  const value = read.ok ? pick(read.report) : undefined;
  return value !== undefined ? { ok: true, value } : fallback();
}

/**
 * A process or service list from a refresh. A refresh narrowed on purpose (the session's steady
 * state) answers with `narrowed` coverage, and its empty list is an answer: none of them runs, and
 * no console tool is started. A full list that is missing — or empty, where `emptyIsNoAnswer` (a
 * full process list always holds the PowerShell asking) — is asked of the fallback.
 */
export async function listFromReportOr<T>(
  read: SystemRead,
  pick: (report: SystemReport) => T[] | undefined,
  fallback: () => Promise<HostResult<T[]>>,
  emptyIsNoAnswer: boolean,
): Promise<HostResult<T[]>> {
  const list = read.ok ? pick(read.report) : undefined;
  if (read.ok && list !== undefined && read.report.narrowedTo !== undefined) return succeed(list, { kind: 'narrowed', to: read.report.narrowedTo });
  return fromReportOr(read, (report) => {
    const full = pick(report);
    return emptyIsNoAnswer && full?.length === 0 ? undefined : full;
  }, fallback);
}
