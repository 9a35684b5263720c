import type { SnapshotLookupFailure } from '../../../src-shared/model/machine-snapshot-schema.js';
import type { RegistryKey } from '../../../src-shared/model/system.js';
import { isAtOrBelow } from '../../../src-shared/model/registry-key-path.js';
import { fail, succeed, type Host, type HostFailure, type HostResult } from '../host.js';

/**
 * A snapshot host that fails again the whole-computer look-ups the bundle recorded as failed
 * (`lookupFailures`), with the kind and message they had, so a replay says "could not check"
 * where the live check did, not "not running" from the empty list written in their place. A
 * registry root recorded as unread (`path`) makes the registry answer partial again, as it was
 * live: the keys recorded under the other roots stand. Without recorded failures the host is
 * returned as it is.
 */
export function withRecordedLookupFailures(host: Host, failures: readonly SnapshotLookupFailure[] | undefined): Host {
  if (failures === undefined || failures.length === 0) return host;
  const failed = new Map<string, SnapshotLookupFailure>();
  for (const failure of failures) if (failure.path === undefined && !failed.has(failure.topic)) failed.set(failure.topic, failure);
  const unreadRoots = failures.filter((f) => f.topic === 'registry' && f.path !== undefined);
  function replay<T>(topic: SnapshotLookupFailure['topic'], ask: () => Promise<HostResult<T>>): Promise<HostResult<T>> {
    const failure = failed.get(topic);
    return failure === undefined ? ask() : Promise.resolve(fail(failure.kind, failure.message));
  }
  async function registry(roots: readonly string[]): Promise<HostResult<RegistryKey[]>> {
    const answer = await host.registry(roots);
    const errors: HostFailure[] = unreadRoots
      .filter((f) => roots.some((root) => isAtOrBelow(f.path!, root) || isAtOrBelow(root, f.path!)))
      .map((f) => ({ kind: f.kind, message: f.message, path: f.path! }));
    return answer.ok && errors.length > 0 ? succeed(answer.value, { kind: 'partial', errors }) : answer;
  }
  return {
    ...host,
    identity: () => replay('identity', () => host.identity()),
    environment: () => replay('environment', () => host.environment()),
    drives: () => replay('drives', () => host.drives()),
    processes: () => replay('processes', () => host.processes()),
    processAlive: (pid) => replay('processes', () => host.processAlive(pid)),
    services: () => replay('services', () => host.services()),
    registry: (roots) => replay('registry', () => registry(roots)),
  };
}

