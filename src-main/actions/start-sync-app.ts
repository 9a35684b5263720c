import type { Report } from '../../src-shared/model/report-schema.js';
import type { ActionOutcome, StartSyncAppRequest } from './app-actions.js';
import { findSyncAppExecutable, type ExecutableLookup } from './sync-app-executable.js';

export interface StartSyncAppDeps {
  lookup: ExecutableLookup;
  /** The install roots of this PC (`installRoots(process.env)`): the only folders an installed Sync App is started from. */
  roots: readonly string[];
  /** Starts a program detached from Sync Doctor; resolves once it was launched (or failed to). */
  spawnDetached(executable: string): Promise<{ ok: true } | { ok: false; message: string }>;
  /** Waits between re-checks (injected so tests do not sleep). */
  wait(ms: number): Promise<void>;
  /** How often and how long apart to re-check whether it came up. */
  attempts?: number;
  intervalMs?: number;
}

function syncAppRuns(report: Report): boolean {
  return report.findings.some((f) => f.code === 'syncapp.running' || f.code === 'syncapp.location-mismatch');
}

/** Starts the Sync App from the install folder the probes found and says whether it came up. */
export async function startSyncApp(request: StartSyncAppRequest, deps: StartSyncAppDeps): Promise<ActionOutcome> {
  const found = await findSyncAppExecutable(request.report, deps.roots, deps.lookup);
  if (found.found === 'none') {
    return {
      ok: false,
      message: "Sync Doctor could not find the Sync App's program installed on a drive of this PC. Start it from the Start menu.",
    };
  }
  if (found.found === 'several') {
    return {
      ok: false,
      message: `Sync Doctor found more than one Sync App program (${found.executables.join('; ')}) and will not guess which to start. Start it from the Start menu.`,
    };
  }
  const executable = found.executable;
  const launched = await deps.spawnDetached(executable);
  if (!launched.ok) return { ok: false, message: `The Sync App could not be started (${launched.message}).` };
  const attempts = deps.attempts ?? 5;
  for (let i = 0; i < attempts; i++) {
    await deps.wait(deps.intervalMs ?? 2000);
    const report = await request.recheck().catch(() => undefined);
    if (report && syncAppRuns(report)) return { ok: true, message: 'The Sync App is running now.' };
  }
  return {
    ok: false,
    message: `The Sync App was started (${executable}) but is not running yet. Give it a minute, then check again; if it still stops, restart the PC.`,
  };
}
