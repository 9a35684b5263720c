import { fail, type Host, type HostResult } from './host.js';

/**
 * Wraps a Host so that every look-up answers within `deadlineMs`: one that has not answered
 * by then resolves to a `timeout` failure. The look-up itself may still be stuck inside the
 * operating system (a dead share); it can no longer hold up the caller.
 */
export function withDeadlines(host: Host, deadlineMs: number): Host {
  function bounded<T>(what: string, path: string | undefined, run: () => Promise<HostResult<T>>): Promise<HostResult<T>> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        resolve(fail('timeout', `${what} did not answer within ${deadlineMs} ms`, path));
      }, deadlineMs);
      // An adapter that throws (even before it returns a promise) has failed; it cannot break the check.
      Promise.resolve().then(run).then(
        (result) => {
          clearTimeout(timer);
          resolve(result);
        },
        (error: unknown) => {
          clearTimeout(timer);
          resolve(fail('error', `${what} failed: ${error instanceof Error ? error.message : String(error)}`, path));
        },
      );
    });
  }

  return {
    flavour: host.flavour,
    description: host.description,
    ...(host.recording !== undefined && { recording: host.recording }),
    now: () => host.now(),
    identity: () => bounded('Reading the computer and user name', undefined, () => host.identity()),
    environment: () => bounded('Reading environment variables', undefined, () => host.environment()),
    drives: () => bounded('Listing drives', undefined, () => host.drives()),
    stat: (path) => bounded(`Looking at ${path}`, path, () => host.stat(path)),
    list: (path) => bounded(`Listing ${path}`, path, () => host.list(path)),
    readFile: (path, maxBytes) => bounded(`Reading ${path}`, path, () => host.readFile(path, maxBytes)),
    realPath: (path) => bounded(`Resolving ${path}`, path, () => host.realPath(path)),
    processes: () => bounded('Listing processes', undefined, () => host.processes()),
    processAlive: (pid) => bounded(`Checking process ${pid}`, undefined, () => host.processAlive(pid)),
    services: () => bounded('Listing services', undefined, () => host.services()),
    registry: (roots) => bounded('Reading the registry', undefined, () => host.registry(roots)),
  };
}
