import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { wineMissingReason } from './wine-prefix.js';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The repository as Windows programs under Wine see it: Wine's Z: drive is the Unix root. */
export function windowsPathOfRepo(...parts: string[]): string {
  return `Z:${REPO_ROOT.replace(/\/+$/, '').replaceAll('/', '\\')}\\${parts.join('\\')}`;
}

export type LaneReadiness = { ready: true; nodeExe: string } | { ready: false; reason: string };

/** Whether this machine can run the Windows lane: Wine answers and Windows node.exe can be fetched. */
export function windowsLaneReadiness(): LaneReadiness {
  const noWine = wineMissingReason();
  if (noWine !== undefined) return { ready: false, reason: noWine };
  const fetch = spawnSync(process.execPath, [fileURLToPath(new URL('scripts/fetch-windows-node.mjs', `file://${REPO_ROOT}`))], { encoding: 'utf8', timeout: 300_000 });
  if (fetch.status !== 0) return { ready: false, reason: `Windows node.exe could not be fetched: ${(fetch.stderr || fetch.error?.message || '').trim()}` };
  return { ready: true, nodeExe: fetch.stdout.trim() };
}

/** Under CI the lane must run: a missing Wine or node.exe is a failure there, a visible skip elsewhere. */
export const LANE_REQUIRED = process.env.CI === 'true';
