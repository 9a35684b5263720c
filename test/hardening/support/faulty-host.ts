import type { Host } from '../../../src-main/host/host.js';

/** The Host port's look-ups, each of which the fault-injection matrix breaks in turn. */
export const HOST_METHODS = ['identity', 'environment', 'drives', 'stat', 'list', 'readFile', 'realPath', 'processes', 'processAlive', 'services', 'registry'] as const;
export type HostMethod = (typeof HOST_METHODS)[number];

/** time out: never answers · throw: the adapter throws · empty: an answer that cannot be right. */
export type Fault = 'timeout' | 'throw' | 'empty';

/** How the check names a whole-computer look-up in its report (`withDeadlines`' wording). */
export const LOOKUP_LABEL: Partial<Record<HostMethod, string>> = {
  identity: 'Reading the computer and user name',
  environment: 'Reading environment variables',
  drives: 'Listing drives',
  processes: 'Listing processes',
  services: 'Listing services',
  registry: 'Reading the registry',
};

/**
 * The impossible empty answer of each look-up. `list`, `readFile` and `processAlive` have none:
 * an empty folder, an empty file and a "no" are real answers.
 */
export const IMPOSSIBLE_ANSWER: Partial<Record<HostMethod, unknown>> = {
  identity: { computerName: '', userName: '', sessionId: 1 },
  environment: {},
  drives: [],
  stat: { kind: 'file', size: 0, mtime: '' },
  realPath: '',
  processes: [],
  services: [],
  registry: [],
};

export interface FaultyHost {
  host: Host;
  /** Each faulted call: the path it asked about, or the look-up's label. */
  faulted: string[];
}

/**
 * Wraps a host so one method fails in one way on every call. The wrapper stands for a live
 * adapter (`recording: false`): the impossible empty answers are ones a real PC cannot give.
 */
export function faultyHost(inner: Host, method: HostMethod, fault: Fault): FaultyHost {
  const faulted: string[] = [];
  const broken = (...args: unknown[]): Promise<unknown> => {
    faulted.push(typeof args[0] === 'string' ? args[0] : (LOOKUP_LABEL[method] ?? method));
    switch (fault) {
      case 'timeout':
        return new Promise(() => undefined);
      case 'throw':
        // Thrown synchronously, the harshest way an adapter can fail.
        throw new Error(`injected fault: ${method} broke`);
      case 'empty':
        return Promise.resolve({ ok: true, value: structuredClone(IMPOSSIBLE_ANSWER[method]) });
    }
  };
  const host: Host = {
    flavour: inner.flavour,
    description: inner.description,
    recording: false,
    now: () => inner.now(),
    identity: () => inner.identity(),
    environment: () => inner.environment(),
    drives: () => inner.drives(),
    stat: (path) => inner.stat(path),
    list: (path) => inner.list(path),
    readFile: (path, maxBytes) => inner.readFile(path, maxBytes),
    realPath: (path) => inner.realPath(path),
    processes: () => inner.processes(),
    processAlive: (pid) => inner.processAlive(pid),
    services: () => inner.services(),
    registry: (roots) => inner.registry(roots),
  };
  return { host: { ...host, [method]: broken } as Host, faulted };
}
