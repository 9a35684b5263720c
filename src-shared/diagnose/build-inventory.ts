import { isThisComputer } from '../model/computer-names.js';
import type { Inventory } from '../model/inventory.js';
import type { Observations, PathAccess } from '../model/observations.js';
import { ndHostComputer } from '../parsers/quickbooks-nd.js';
import { sageInUse } from './sage-rules.js';

function exists(access: PathAccess): boolean | null {
  if (access.state === 'file' || access.state === 'dir') return true;
  return access.state === 'missing' ? false : null;
}

/** What was found, for the report's `inventory` (the UI's cards read it). */
export function buildInventory(obs: Observations, syncAppLocation?: string): Inventory {
  const location = syncAppLocation?.trim() || undefined;
  // While a newer version's settings could not be read, which version is in use is not known.
  const inUse = sageInUse(obs);
  const versionInUse = inUse.unread.length === 0 ? inUse.newest?.name : undefined;
  return {
    source: obs.source,
    machine: obs.machine,
    drives: obs.drives,
    syncApp: {
      running: [
        ...obs.syncApp.processes.map((p) => ({
          kind: 'process' as const,
          name: p.name,
          pid: p.pid,
          thisSession: p.thisSession,
          ...(p.path !== undefined && { path: p.path }),
          ...(p.user !== undefined && { user: p.user }),
          ...(p.sessionId !== undefined && { sessionId: p.sessionId }),
          ...(p.startedAt !== undefined && { startedAt: p.startedAt }),
        })),
        ...obs.syncApp.services
          .filter((s) => s.state === 'running')
          .map((s) => ({ kind: 'service' as const, name: s.displayName ?? s.name, thisSession: true, ...(s.pid !== undefined && { pid: s.pid }), ...(s.path !== undefined && { path: s.path }) })),
      ],
      stoppedServices: obs.syncApp.services.filter((s) => s.state !== 'running').map((s) => ({ name: s.name, ...(s.displayName !== undefined && { displayName: s.displayName }) })),
      installed: obs.syncApp.installs.map((i) => ({ displayName: i.displayName, ...(i.version !== undefined && { version: i.version }), ...(i.installLocation !== undefined && { installLocation: i.installLocation }) })),
      ...(location !== undefined && { location, locationIsThisPc: isThisComputer(location, obs.machine.computerName) }),
    },
    sage: {
      ...(versionInUse !== undefined && { versionInUse }),
      versions: obs.sage.versions.map((v) => ({
        name: v.name,
        version: v.version,
        companyFile: v.companyFile,
        ...(v.companyFileMtime !== undefined && { listedAt: v.companyFileMtime }),
        readable: v.list.readable,
        ...(!v.list.readable && { problem: v.list.problem }),
        ...(!v.list.readable && v.list.lookupFailed && { unread: true }),
        datasets: v.list.readable
          ? v.list.datasets.map((d) => ({ path: d.path.spelled, exists: d.isDataset === null ? exists(d.access) : d.isDataset, network: d.network, ...(d.lastWrite !== undefined && { lastWrite: d.lastWrite }) }))
          : [],
      })),
      services: obs.sage.services.map((s) => ({ name: s.name, state: s.state, ...(s.displayName !== undefined && { displayName: s.displayName }) })),
      installed: obs.sage.installs.map((i) => i.displayName),
      running: obs.sage.processes.length > 0,
    },
    quickbooks: {
      versions: obs.quickbooks.versions,
      recentFiles: obs.quickbooks.recent.map((r) => ({ path: r.path.spelled, listedIn: r.listedIn })),
      companyFiles: obs.quickbooks.companyFiles.map((f) => {
        const hostedBy = f.nd && ndHostComputer(f.nd);
        return {
          path: f.path.spelled,
          exists: exists(f.access),
          ...(f.access.state === 'file' && { modified: f.access.mtime, size: f.access.size }),
          ...(hostedBy !== undefined && { hostedBy }),
          ...(f.nd?.hostedHere !== undefined && { hostedHere: f.nd.hostedHere }),
          ...(f.nd?.serverMode !== undefined && { serverMode: f.nd.serverMode }),
        };
      }),
      services: obs.quickbooks.services.map((s) => ({ name: s.name, state: s.state })),
      running: obs.quickbooks.processes.length > 0,
    },
    configuredPaths: obs.configured.map((c) => c.input),
  };
}
