import type { MachineSnapshot } from '../../../src-shared/model/machine-snapshot-schema.js';
import { fail, succeed, type HostResult } from '../../../src-main/host/host.js';
import { callerMayQuery } from './cim-instances.js';
import { emulatedRunner } from './command-runner.js';
import { createEmulatedPc, type EmulatedPc, type EmulatorFaults } from './emulated-pc.js';
import { emulatedSessionSpawner } from './session-child.js';

export type { EmulatedPc, EmulatorFaults } from './emulated-pc.js';
export type { WindowsLanguage } from './windows-languages.js';

/**
 * `process.kill(pid, 0)` on this PC, as libuv answers it on Windows: OpenProcess with
 * PROCESS_TERMINATE | PROCESS_QUERY_INFORMATION | SYNCHRONIZE; no such process → ESRCH, a
 * process this user may not open (elevated, a service, another user's) → EPERM.
 */
export function emulatedKill(pc: EmulatedPc): (pid: number, signal: number) => true {
  return (pid) => {
    const process = pc.processes().find((p) => p.pid === pid);
    if (process === undefined) throw Object.assign(new Error('kill ESRCH'), { code: 'ESRCH' });
    if (!callerMayQuery(pc, process)) throw Object.assign(new Error('kill EPERM'), { code: 'EPERM' });
    return true;
  };
}

/**
 * `fs.realpath('X:\\')` on this PC, as Node answers it on Windows (libuv fs__realpath_handle:
 * GetFinalPathNameByHandleW on the opened root): a mapped drive resolves to its share
 * (`\\FILESRV\Accounts\`, whoever mapped it), a local drive to its own root, a letter with no
 * drive behind it is ENOENT. An elevated process does not see the user's mapped drives (they
 * belong to the non-elevated logon session), as Win32_LogicalDisk does not list them there.
 */
export function emulatedDriveRoot(pc: EmulatedPc): (root: string) => Promise<HostResult<string>> {
  return (root) => {
    const letter = root.slice(0, 2).toUpperCase();
    const entry = Object.entries(pc.snapshot.drives).find(([l]) => l.toUpperCase() === letter)?.[1];
    const systemDrive = (pc.env.SystemDrive ?? 'C:').toUpperCase();
    const hidden = entry?.kind === 'network' && pc.snapshot.host.elevated === true;
    if ((entry === undefined && letter !== systemDrive) || hidden) return Promise.resolve(fail('missing', `ENOENT: no such file or directory, realpath '${root}'`));
    if (entry?.kind === 'network' && entry.remote !== undefined) return Promise.resolve(succeed(`${entry.remote.replace(/\\+$/, '')}\\`));
    return Promise.resolve(succeed(`${letter}\\`));
  };
}

/** A Windows PC made from a snapshot, with the ports Sync Doctor's Windows hosts start programs through. */
export function emulateWindows(snapshot: MachineSnapshot, faults: EmulatorFaults = {}, options: { callerPid?: number } = {}) {
  const pc = createEmulatedPc(snapshot, faults, options);
  return { pc, spawn: emulatedSessionSpawner(pc), runner: emulatedRunner(pc), kill: emulatedKill(pc), env: pc.env, resolveDriveRoot: emulatedDriveRoot(pc), selfPid: pc.callerPid };
}
