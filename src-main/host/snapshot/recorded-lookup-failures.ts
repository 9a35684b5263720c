import type { SnapshotLookupFailure } from '../../../src-shared/model/machine-snapshot-schema.js';
import { fail, type Host, type HostResult } from '../host.js';

/**
 * A snapshot host that fails again the whole-computer look-ups the bundle recorded as failed
 * (`lookupFailures`), with the kind and message they had, so a replay says "could not check"
 * where the live check did, not "not running" from the empty list written in their place.
 * Without recorded failures the host is returned as it is.
 */
export function withRecordedLookupFailures(host: Host, failures: readonly SnapshotLookupFailure[] | undefined): Host {
  if (failures === undefined || failures.length === 0) return host;
  const failed = new Map<string, SnapshotLookupFailure>();
  for (const failure of failures) if (!failed.has(failure.topic)) failed.set(failure.topic, failure);
  function replay<T>(topic: SnapshotLookupFailure['topic'], ask: () => Promise<HostResult<T>>): Promise<HostResult<T>> {
    const failure = failed.get(topic);
    return failure === undefined ? ask() : Promise.resolve(fail(failure.kind, failure.message));
  }
  return {
    ...host,
    identity: () => replay('identity', () => host.identity()),
    environment: () => replay('environment', () => host.environment()),
    drives: () => replay('drives', () => host.drives()),
    processes: () => replay('processes', () => host.processes()),
    processAlive: (pid) => replay('processes', () => host.processAlive(pid)),
    services: () => replay('services', () => host.services()),
    registry: (roots) => replay('registry', () => host.registry(roots)),
  };
}
