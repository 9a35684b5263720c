import type { Observations } from '../../src-shared/model/observations.js';
import type { HostIdentity } from '../../src-shared/model/system.js';
import { PROBE_REGISTRY_ROOTS } from '../../src-shared/model/registry-roots.js';
import type { Host } from '../host/host.js';
import { withDeadlines } from '../host/with-deadlines.js';
import { observeConfiguredPath } from '../probes/configured-path-probe.js';
import { completeDriveTable } from '../probes/drive-table.js';
import { valueOr, type ProbeContext } from '../probes/probe-context.js';
import { impossibleDrives, impossibleEnvironment, impossibleIdentity, impossibleProcesses, impossibleRegistry, impossibleServices } from '../probes/impossible-answers.js';
import { observeQuickBooks } from '../probes/quickbooks-probe.js';
import { installedPrograms } from '../probes/registry-facts.js';
import { observeSage } from '../probes/sage50-probe.js';
import { observeSyncApp } from '../probes/sync-app-probe.js';
import { syncAppExecutables } from '../probes/sync-app-folder.js';
import type { CheckInputs } from './check-inputs.js';

export interface ObserveOptions {
  /** Deadline for each look-up, in milliseconds. */
  timeoutMs: number;
}

/** Runs every probe against a host and gathers what they saw. Never throws for the outside world. */
export async function observe(rawHost: Host, inputs: CheckInputs, options: ObserveOptions): Promise<Observations> {
  const host = withDeadlines(rawHost, options.timeoutMs);
  const problems: Observations['problems'] = [];

  const [identity, env, drives, processes, services, registry] = await Promise.all([
    host.identity(),
    host.environment(),
    host.drives(),
    host.processes(),
    host.services(),
    host.registry(PROBE_REGISTRY_ROOTS),
  ]);
  // A POSIX host has no registry or services: "unsupported" answers count as empty, silently.
  // An answer that cannot be right (no processes at all) counts as a failed look-up.
  const flavour = host.flavour;
  const live = rawHost.recording !== true;
  const registryKeys = valueOr({ problems }, 'registry', 'Reading the registry', impossibleRegistry(registry, flavour, live), []);
  const ctx: ProbeContext = {
    host,
    flavour,
    problems,
    accessMemo: new Map(),
    resolutionMemo: new Map(),
    identity: valueOr({ problems }, 'identity', 'Reading the computer and user name', impossibleIdentity(identity), fallbackIdentity()),
    env: valueOr({ problems }, 'environment', 'Reading environment variables', impossibleEnvironment(env, live), {}),
    drives: completeDriveTable(valueOr({ problems }, 'drives', 'Listing drives', impossibleDrives(drives, flavour, live), []), registryKeys),
  };
  const system = {
    processes: valueOr(ctx, 'processes', 'Listing processes', impossibleProcesses(processes, live), []),
    services: valueOr(ctx, 'services', 'Listing services', impossibleServices(services, flavour, live), []),
    installs: installedPrograms(registryKeys),
    registry: registryKeys,
  };

  const [sage, quickbooks, configured, folderExecutables] = await Promise.all([
    observeSage(ctx, system),
    observeQuickBooks(ctx, system, inputs.autoentryPaths),
    Promise.all(inputs.autoentryPaths.map((p) => observeConfiguredPath(ctx, p))),
    syncAppExecutables(ctx, inputs.syncAppPatterns, system.processes, system.installs),
  ]);

  return {
    flavour: host.flavour,
    observedAt: host.now().toISOString(),
    source: host.description,
    machine: ctx.identity,
    drives: ctx.drives,
    syncApp: observeSyncApp(inputs.syncAppPatterns, ctx.identity, system.processes, system.services, system.installs, folderExecutables),
    sage,
    quickbooks,
    configured,
    problems,
  };
}

function fallbackIdentity(): HostIdentity {
  return { computerName: 'this PC', userName: 'unknown user', sessionId: 1 };
}
