import type { Host } from './host.js';
import { createPosixHost } from './posix/posix-host.js';
import { createWindowsSessionHost } from './windows/session/windows-session-host.js';

/** The Host for the computer this runs on: the Windows adapter (over one kept PowerShell session) on Windows, else the POSIX one. */
export function createLiveHost(platform: NodeJS.Platform = process.platform): Host {
  return platform === 'win32' ? createWindowsSessionHost() : createPosixHost();
}
