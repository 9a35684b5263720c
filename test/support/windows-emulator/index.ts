import type { MachineSnapshot } from '../../../src-shared/model/machine-snapshot-schema.js';
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

/** A Windows PC made from a snapshot, with the ports Sync Doctor's Windows hosts start programs through. */
export function emulateWindows(snapshot: MachineSnapshot, faults: EmulatorFaults = {}, options: { callerPid?: number } = {}) {
  const pc = createEmulatedPc(snapshot, faults, options);
  return { pc, spawn: emulatedSessionSpawner(pc), runner: emulatedRunner(pc), kill: emulatedKill(pc), env: pc.env };
}
