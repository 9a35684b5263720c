import type { Host } from './host.js';
import { createPosixHost } from './posix/posix-host.js';
import { createWindowsHost } from './windows/windows-host.js';

/** The Host for the computer this runs on: the Windows adapter on Windows, else the POSIX one. */
export function createLiveHost(platform: NodeJS.Platform = process.platform): Host {
  return platform === 'win32' ? createWindowsHost() : createPosixHost();
}
