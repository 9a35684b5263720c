import type { DriveInfo, FileStat, HostIdentity, ProcessInfo, RegistryKey, ServiceInfo } from '../../src-shared/model/system.js';
import type { PathFlavour } from '../../src-shared/model/path-flavour.js';
import { fail, type HostResult } from '../host/host.js';

/**
 * Answers that cannot be right: a look-up that gives one has failed, even if it said it
 * succeeded (spec/report.md, "evidence before absence"). The whole-computer lists (processes,
 * services, registry, drives, environment) are never empty on a live computer; a recording keeps
 * only what a check needs, so there they may be (`live` false). An empty folder or an empty file
 * can be true, so `list` and `readFile` have no impossible answer.
 */
function refuse<T>(result: HostResult<T>, reason: (value: T) => string | undefined, path?: string): HostResult<T> {
  if (!result.ok) return result;
  const why = reason(result.value);
  return why === undefined ? result : fail('error', why, path);
}

/** Every computer runs at least the program asking. */
export const impossibleProcesses = (result: HostResult<ProcessInfo[]>, live: boolean): HostResult<ProcessInfo[]> =>
  refuse(result, (list) => (live && list.length === 0 ? 'the process list came back empty, yet at least the program asking is running' : undefined));

/** Windows always runs services; a POSIX host answers "unsupported" instead. */
export const impossibleServices = (result: HostResult<ServiceInfo[]>, flavour: PathFlavour, live: boolean): HostResult<ServiceInfo[]> =>
  refuse(result, (list) => (live && flavour === 'windows' && list.length === 0 ? 'the service list came back empty, yet Windows always runs services' : undefined));

/** Every Windows has an Uninstall key with programs under it, so not one key at all is no answer. */
export const impossibleRegistry = (result: HostResult<RegistryKey[]>, flavour: PathFlavour, live: boolean): HostResult<RegistryKey[]> =>
  refuse(result, (keys) => (live && flavour === 'windows' && keys.length === 0 ? 'the registry gave no keys at all, yet every Windows lists its installed programs there' : undefined));

/** Windows always has the drive it runs from. */
export const impossibleDrives = (result: HostResult<DriveInfo[]>, flavour: PathFlavour, live: boolean): HostResult<DriveInfo[]> =>
  refuse(result, (drives) => (live && flavour === 'windows' && drives.length === 0 ? 'the drive list came back empty, yet Windows runs from a drive' : undefined));

/** A process always has some environment (PATH at least). */
export const impossibleEnvironment = (result: HostResult<Record<string, string>>, live: boolean): HostResult<Record<string, string>> =>
  refuse(result, (env) => (live && Object.keys(env).length === 0 ? 'the environment came back empty, yet every program has one' : undefined));

/** A computer and a user always have names. */
export const impossibleIdentity = (result: HostResult<HostIdentity>): HostResult<HostIdentity> =>
  refuse(result, (id) => (id.computerName.trim() === '' || id.userName.trim() === '' ? 'the computer or user name came back empty' : undefined));

/** A resolved path is never empty. */
export const impossibleRealPath = (result: HostResult<string>, path: string): HostResult<string> =>
  refuse(result, (resolved) => (resolved.trim() === '' ? `resolving ${path} gave an empty path` : undefined), path);

/** A file or folder always has a last-write time and a size of zero or more. */
export const impossibleStat = (result: HostResult<FileStat>, path: string): HostResult<FileStat> =>
  refuse(result, (stat) => (Number.isNaN(Date.parse(stat.mtime)) || !(stat.size >= 0) ? `looking at ${path} gave no valid size or last-write time` : undefined), path);
