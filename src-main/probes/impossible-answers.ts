import type { DriveInfo, FileStat, HostIdentity, ProcessInfo, RegistryKey, ServiceInfo } from '../../src-shared/model/system.js';
import type { PathFlavour } from '../../src-shared/model/path-flavour.js';
import { coverageOf, fail, type HostResult } from '../host/host.js';

/**
 * Answers that cannot be right: a look-up that gives one has failed, even if it said it
 * succeeded (spec/report.md, "evidence before absence"). The whole-computer lists (processes,
 * services, registry, drives, environment) are never empty on a live computer; a recording keeps
 * only what a check needs, so there they may be (`live` false). An empty folder or an empty file
 * can be true, so `list` and `readFile` have no impossible answer.
 *
 * The coverage rule (host.ts `Coverage`): emptiness is impossible only for a `complete` answer. An
 * answer `narrowed` on purpose to some items (only the relevant processes) may be empty: none of
 * them runs. A `partial` one may be empty too: the errors it met are its failed look-ups, noted
 * by `valueOr` (probe-context.ts), not an impossible answer.
 */
function refuse<T>(result: HostResult<T>, reason: (value: T) => string | undefined, path?: string): HostResult<T> {
  if (!result.ok) return result;
  const why = reason(result.value);
  return why === undefined ? result : fail('error', why, path);
}

/** A whole-computer list that is empty although it covers everything asked for, on a live computer. */
function refuseEmpty<T>(result: HostResult<T>, isEmpty: (value: T) => boolean, impossibleHere: boolean, why: string): HostResult<T> {
  if (!impossibleHere || coverageOf(result)?.kind !== 'complete') return result;
  return refuse(result, (value) => (isEmpty(value) ? why : undefined));
}

const emptyList = (list: readonly unknown[]) => list.length === 0;

/** Every computer runs at least the program asking. */
export const impossibleProcesses = (result: HostResult<ProcessInfo[]>, live: boolean): HostResult<ProcessInfo[]> =>
  refuseEmpty(result, emptyList, live, 'the process list came back empty, yet at least the program asking is running');

/** Windows always runs services; a POSIX host answers "unsupported" instead. */
export const impossibleServices = (result: HostResult<ServiceInfo[]>, flavour: PathFlavour, live: boolean): HostResult<ServiceInfo[]> =>
  refuseEmpty(result, emptyList, live && flavour === 'windows', 'the service list came back empty, yet Windows always runs services');

/** Every Windows has an Uninstall key with programs under it, so not one key at all is no answer. */
export const impossibleRegistry = (result: HostResult<RegistryKey[]>, flavour: PathFlavour, live: boolean): HostResult<RegistryKey[]> =>
  refuseEmpty(result, emptyList, live && flavour === 'windows', 'the registry gave no keys at all, yet every Windows lists its installed programs there');

/** Windows always has the drive it runs from. */
export const impossibleDrives = (result: HostResult<DriveInfo[]>, flavour: PathFlavour, live: boolean): HostResult<DriveInfo[]> =>
  refuseEmpty(result, emptyList, live && flavour === 'windows', 'the drive list came back empty, yet Windows runs from a drive');

/** A process always has some environment (PATH at least). */
export const impossibleEnvironment = (result: HostResult<Record<string, string>>, live: boolean): HostResult<Record<string, string>> =>
  refuseEmpty(result, (env) => Object.keys(env).length === 0, live, 'the environment came back empty, yet every program has one');

/** A computer and a user always have names. */
export const impossibleIdentity = (result: HostResult<HostIdentity>): HostResult<HostIdentity> =>
  refuse(result, (id) => (id.computerName.trim() === '' || id.userName.trim() === '' ? 'the computer or user name came back empty' : undefined));

/** A resolved path is never empty. */
export const impossibleRealPath = (result: HostResult<string>, path: string): HostResult<string> =>
  refuse(result, (resolved) => (resolved.trim() === '' ? `resolving ${path} gave an empty path` : undefined), path);

/** A file or folder always has a last-write time and a size of zero or more. */
export const impossibleStat = (result: HostResult<FileStat>, path: string): HostResult<FileStat> =>
  refuse(result, (stat) => (Number.isNaN(Date.parse(stat.mtime)) || !(stat.size >= 0) ? `looking at ${path} gave no valid size or last-write time` : undefined), path);
