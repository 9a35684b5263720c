import { isAtOrBelow, normaliseRoot, rootsCovered } from '../../../../src-shared/model/registry-key-path.js';
import { PROBE_REGISTRY_ROOTS, UNINSTALL_ROOTS } from '../../../../src-shared/model/registry-roots.js';
import { systemReportFromJson, type SystemReport } from '../system-report.js';
import { isRegistryErrorBelow } from '../registry-errors.js';
import type { SystemRead } from '../windows-system-reader.js';
import type { PowerShellSession } from './powershell-session.js';
import type { RefreshPart, RefreshRequest } from './session-protocol.js';
import { relevantProcessFilter, relevantServiceFilter } from './wql-filter.js';

export interface SessionSystemReaderOptions {
  session: PowerShellSession;
  /** Today's one-shot PowerShell run (and, behind it, the console tools), for when the session cannot start. */
  oneShot: (roots?: readonly string[]) => Promise<SystemRead>;
  /** A refresh answers every question asked within this time after it (the probes ask several at once). */
  cacheMs: number;
  /**
   * After the session could not start, how long to use the one-shot run (and the console tools)
   * before trying again; doubled after each start that fails again, up to `maxRetrySessionAfterMs`.
   */
  retrySessionAfterMs: number;
  maxRetrySessionAfterMs?: number;
  /**
   * How long a read waits for the session (or the one-shot run) before it answers "not yet", so
   * that the console tools answer in time (a fraction of the check's look-up deadline; asked at
   * each read). The session's answer, when it comes, serves the questions after it. None: no race.
   */
  answerWithinMs?: () => number;
  /** How old the Uninstall trees may get in steady state (they change when a program is installed). */
  uninstallMaxAgeMs: number;
  ownerNamePatterns: readonly string[];
  clock: () => number;
}

export interface SessionSystemReader {
  read(roots?: readonly string[]): Promise<SystemRead>;
  /**
   * Steady state (a monitor follows this PC): ask Windows only for the Sync App (by these
   * patterns), Sage and QuickBooks processes and services, and read the Uninstall trees rarely.
   */
  narrowTo(syncAppPatterns: readonly string[]): void;
  /** Something changed (a Sync App process appeared): the next question must not get the refresh from before it. */
  invalidate(): void;
}

const isUninstallRoot = (root: string) => UNINSTALL_ROOTS.some((u) => isAtOrBelow(root, u));

interface Refresh {
  roots: string[];
  read: Promise<SystemRead>;
  settledAt?: number;
}

/** The Uninstall trees as last read in steady state, with what could not be read of them. */
interface UninstallTrees {
  roots: string[];
  keys: NonNullable<SystemReport['registry']>;
  errors: string[];
  readAt: number;
}

/** A refresh asked for: everything (`steady` absent), or narrowly (to what), with the Uninstall trees read again (`reread`) or kept. */
interface Asked {
  request: RefreshRequest;
  steady?: { narrowedTo: string } & ({ reread: string[] } | { kept: UninstallTrees });
}

/** What a steady-state refresh asks Windows about: the coverage its process and service lists carry. */
export function narrowedDescription(syncAppPatterns: readonly string[]): string {
  return `the Sync App (${syncAppPatterns.join(', ')}), Sage and QuickBooks processes and services`;
}

/**
 * The system reader over the long-lived session. Until `narrowTo`, each refresh asks for
 * everything (what the one-shot script asks). After it, a refresh asks narrowly: filtered
 * processes and services, the small registry roots, the drives; identity once per session;
 * the Uninstall trees when older than `uninstallMaxAgeMs`, kept in between.
 */
export function createSessionSystemReader(options: SessionSystemReaderOptions): SessionSystemReader {
  let narrow: readonly string[] | undefined;
  let current: Refresh | undefined;
  /** Until then, after the session could not start, the one-shot run answers. */
  let retrySessionAt = -Infinity;
  let failedStarts = 0;
  let identity: SystemReport['identity'];
  let uninstall: UninstallTrees | undefined;
  options.session.onLost(() => {
    identity = undefined;
  });
  // A watched process just exited: the next question must not get the refresh from before it.
  options.session.onExited(() => {
    current = undefined;
  });

  /** The answer, or "not yet" once `answerWithinMs` has passed (the console tools then answer this question). */
  function inTime(read: Promise<SystemRead>): Promise<SystemRead> {
    const withinMs = options.answerWithinMs?.() ?? Infinity;
    if (!Number.isFinite(withinMs)) return read;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<SystemRead>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, message: `PowerShell did not answer within ${withinMs} ms; the console tools answer this time` }), withinMs);
      // Stryker disable next-line OptionalChaining: Node's timers (and the tests' fake ones) always have unref
      (timer as { unref?: () => void }).unref?.();
    });
    return Promise.race([read, late]).finally(() => clearTimeout(timer));
  }

  const fresh = (refresh: Refresh) => refresh.settledAt === undefined || options.clock() - refresh.settledAt < options.cacheMs;

  function requestFor(roots: string[]): Asked {
    const ownerPatterns = [...options.ownerNamePatterns];
    if (narrow === undefined) return { request: { op: 'refresh', parts: ['identity', 'processes', 'services', 'registry', 'drives'], registryRoots: roots, ownerPatterns } };
    const uninstallRoots = roots.filter(isUninstallRoot);
    const kept = uninstall !== undefined && options.clock() - uninstall.readAt < options.uninstallMaxAgeMs && rootsCovered(uninstallRoots, uninstall.roots) ? uninstall : undefined;
    const parts: RefreshPart[] = ['processes', 'services', 'registry', 'drives'];
    if (identity === undefined) parts.unshift('identity');
    return {
      request: {
        op: 'refresh',
        parts,
        processFilter: relevantProcessFilter(narrow),
        serviceFilter: relevantServiceFilter(narrow),
        registryRoots: kept === undefined ? roots : roots.filter((root) => !isUninstallRoot(root)),
        ownerPatterns,
      },
      steady: { narrowedTo: narrowedDescription(narrow), ...(kept === undefined ? { reread: uninstallRoots } : { kept }) },
    };
  }

  async function refresh(roots: string[]): Promise<SystemRead> {
    const { request, steady } = requestFor(roots);
    const answer = await options.session.request(request);
    if (!answer.ok) {
      if (answer.stage === 'start') {
        failedStarts += 1;
        retrySessionAt = options.clock() + Math.min(options.retrySessionAfterMs * 2 ** (failedStarts - 1), options.maxRetrySessionAfterMs ?? 60 * 60_000);
        return options.oneShot(roots);
      }
      return { ok: false, message: answer.message };
    }
    failedStarts = 0;
    const parsed = systemReportFromJson(answer.body.report);
    if (!parsed.ok || steady === undefined) return parsed;
    const report = parsed.report;
    report.narrowedTo = steady.narrowedTo;
    // Keep what steady state does not ask again; give it back with each answer.
    identity = report.identity ?? identity;
    // Stryker disable next-line ConditionalExpression: an identity of undefined given back is no identity, as none given back
    if (identity !== undefined) report.identity = identity;
    const keys = report.registry ?? [];
    if ('reread' in steady) {
      // The keys it could not read are kept too: a tree denied then is still not read in between.
      const errors = report.errors.filter((e) => isRegistryErrorBelow(e, steady.reread));
      uninstall = { roots: steady.reread, keys: keys.filter((k) => isUninstallRoot(k.key)), errors, readAt: options.clock() };
    } else {
      report.registry = [...keys, ...steady.kept.keys];
      report.errors = [...report.errors, ...steady.kept.errors];
    }
    return { ok: true, report };
  }

  return {
    invalidate() {
      current = undefined;
    },
    narrowTo(syncAppPatterns) {
      narrow = [...syncAppPatterns];
      current = undefined;
    },
    read(asked = []) {
      if (options.clock() < retrySessionAt) return inTime(options.oneShot(asked));
      const wanted = asked.map(normaliseRoot);
      const shared = current !== undefined && fresh(current) ? current : undefined;
      if (shared !== undefined && rootsCovered(wanted, shared.roots)) return inTime(shared.read);
      const roots = [...new Set([...PROBE_REGISTRY_ROOTS, ...(shared?.roots ?? []), ...wanted])];
      const entry: Refresh = { roots, read: refresh(roots) };
      current = entry;
      void entry.read.then((read) => {
        entry.settledAt = options.clock();
        // A failed refresh is not shared: the next question asks again (a new session, or the fallback).
        if (!read.ok && current === entry) current = undefined;
      });
      return inTime(entry.read);
    },
  };
}
