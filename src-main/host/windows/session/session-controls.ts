import type { Host } from '../../host.js';
import type { PowerShellSession } from './powershell-session.js';
import type { ProcessExitWatch, SessionStartProbe } from './session-monitor-probes.js';

/** What a monitor following this PC can ask of the host's PowerShell session besides the Host port. */
export interface WindowsSessionControls {
  session: PowerShellSession;
  /** Steady state: narrow queries for these Sync App patterns. */
  narrowTo(syncAppPatterns: readonly string[]): void;
  processStarts(syncAppPatterns: readonly string[]): SessionStartProbe;
  processExits: ProcessExitWatch;
}

const controlsByHost = new WeakMap<Host, WindowsSessionControls>();

/** Marks a host as one over a PowerShell session (windows-session-host.ts does). */
export function attachSessionControls(host: Host, controls: WindowsSessionControls): void {
  controlsByHost.set(host, controls);
}

/** The session controls of a host made by `createWindowsSessionHost`, if it is one. */
export function windowsSessionControls(host: Host): WindowsSessionControls | undefined {
  return controlsByHost.get(host);
}
