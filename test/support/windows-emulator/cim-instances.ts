import type { EmulatedPc, EmulatedProcess } from './emulated-pc.js';
import type { WqlInstance } from './wql-where.js';

/**
 * The CIM instances Windows' WMI gives a caller that is not elevated (unless the snapshot says
 * the check ran elevated), with the property names and value forms of the classes'
 * documentation (learn.microsoft.com/windows/win32/cimwin32prov/win32-process, win32-service,
 * win32-logicaldisk): Win32_Service.State and StartMode are text ("Running", "Auto"),
 * ProcessId 0 for a service that is not running; Win32_LogicalDisk.DriveType is a number
 * (2 removable, 3 local, 4 network, 5 CD, 6 RAM disk), ProviderName the UNC name of a mapped drive.
 */
const SERVICE_STATE: Record<string, string> = { running: 'Running', stopped: 'Stopped', 'start-pending': 'Start Pending', 'stop-pending': 'Stop Pending', paused: 'Paused' };
const START_MODE: Record<string, string> = { auto: 'Auto', manual: 'Manual', disabled: 'Disabled' };
const DRIVE_TYPE: Record<string, number> = { removable: 2, fixed: 3, network: 4, cdrom: 5, ram: 6, unknown: 0 };

/** Whether a caller of this PC may read the process's image path and owner: its own, unless elevated; every one when elevated. */
export function callerMayQuery(pc: EmulatedPc, process: EmulatedProcess): boolean {
  if (pc.snapshot.host.elevated === true) return true;
  if (process.elevated) return false;
  return process.user !== undefined && process.user.toLowerCase() === pc.currentUser.toLowerCase();
}

export interface Win32Process extends WqlInstance {
  Handle: string;
  Name: string;
  ProcessId: number;
  ExecutablePath: string | null;
  SessionId: number;
  CreationDate: string | null;
}

export function win32Processes(pc: EmulatedPc): Array<{ instance: Win32Process; owner: string | undefined }> {
  return pc.processes().map((p) => ({
    instance: {
      Handle: String(p.pid),
      Name: p.name,
      ProcessId: p.pid,
      ExecutablePath: p.path !== undefined && (callerMayQuery(pc, p) || (p.user === undefined && !p.elevated)) ? p.path : null,
      SessionId: p.sessionId,
      CreationDate: p.startedAt ?? null,
    },
    // Win32_Process.GetOwner answers for any process WMI can open (ReturnValue 0), not for System's.
    owner: p.sessionId === 0 && p.user === undefined ? undefined : p.user,
  }));
}

export function win32Services(pc: EmulatedPc): WqlInstance[] {
  return pc.services().map((s) => ({
    Name: s.name,
    DisplayName: s.displayName ?? s.name,
    State: SERVICE_STATE[s.state] ?? 'Unknown',
    StartMode: s.startType === undefined ? 'Manual' : (START_MODE[s.startType] ?? 'Manual'),
    ProcessId: s.state === 'running' || s.state === 'paused' ? (s.pid ?? 0) : 0,
    StartName: s.account ?? 'LocalSystem',
    PathName: s.path ?? null,
  }));
}

/**
 * Win32_LogicalDisk. An elevated process does not see the drives the user mapped in the
 * non-elevated logon session (UAC's split token: Microsoft KB 937624, "Programs may be unable
 * to access some network locations after you turn on User Account Control").
 */
export function win32LogicalDisks(pc: EmulatedPc): WqlInstance[] {
  return Object.entries(pc.snapshot.drives)
    .filter(([, d]) => !(d.kind === 'network' && pc.snapshot.host.elevated === true))
    .map(([letter, d]) => ({ DeviceID: letter.toUpperCase(), DriveType: DRIVE_TYPE[d.kind] ?? 0, ProviderName: d.kind === 'network' ? (d.remote ?? null) : null }));
}
