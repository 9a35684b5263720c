import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src-main/check/run-check.js';
import type { MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import { fixtureMachines, type FixtureMachine } from './fixture-machines.js';
import { hostOnPath, type PathHost, type ReportPath } from './windows-paths.js';

/**
 * A Sync App known by its folder only (its .exe renamed, only the folder holds the pattern),
 * through the console tools, whose `tasklist` prints no image path: told by the .exe names in
 * its install folder (sync-app-folder.ts), never a false "not running"; and an ordinary stopped
 * Sync App on the console fallback is still "not running", not "could not check".
 */
const TIMEOUT_MS = 5000;
const SYNC_APP_FOLDER = 'C:\\Program Files (x86)\\AutoEntry\\Sync App';
const opened: PathHost[] = [];
afterEach(() => {
  for (const path of opened.splice(0)) path.close();
});

const machine = (name: string): FixtureMachine => fixtureMachines().find((m) => m.name === name)!;

async function syncAppCodes(path: ReportPath, snapshot: MachineSnapshot, inputs: FixtureMachine['inputs']): Promise<string[]> {
  const made = hostOnPath(path, snapshot, {}, { timeoutMs: TIMEOUT_MS, syncAppPatterns: inputs.syncAppPatterns });
  opened.push(made);
  const report = await runCheck(made.host, inputs, { timeoutMs: TIMEOUT_MS });
  return report.findings.map((f) => f.code).filter((c) => c.startsWith('syncapp.') || c.startsWith('probe.'));
}

/** sage-healthy with its Sync App's image renamed to SyncHost.exe in the same folder. */
function renamedSyncApp(extra: (s: MachineSnapshot) => void = () => undefined): { snapshot: MachineSnapshot; inputs: FixtureMachine['inputs'] } {
  const base = machine('machines/sage-healthy.json');
  const snapshot = structuredClone(base.snapshot);
  const app = snapshot.processes.find((p) => p.name === 'AutoEntry.SyncApp.exe')!;
  app.name = 'SyncHost.exe';
  app.path = `${SYNC_APP_FOLDER}\\SyncHost.exe`;
  snapshot.files[app.path] = { size: 1_048_576, mtime: snapshot.capturedAt };
  extra(snapshot);
  return { snapshot, inputs: base.inputs };
}

describe('the Sync App known by its folder only, through the console tools', () => {
  it('is running: its folder holds the .exe that tasklist names', async () => {
    const { snapshot, inputs } = renamedSyncApp();
    expect(await syncAppCodes('snapshot', snapshot, inputs)).toEqual(['syncapp.running']);
    expect(await syncAppCodes('console tools', snapshot, inputs)).toEqual(['syncapp.running']);
  });

  it('could not be checked when its install folder may not be listed: never "not running"', async () => {
    const { snapshot, inputs } = renamedSyncApp((s) => {
      s.denied = [...(s.denied ?? []), SYNC_APP_FOLDER];
    });
    const codes = await syncAppCodes('console tools', snapshot, inputs);
    expect(codes).toContain('syncapp.unknown');
    expect(codes).toContain('probe.failed');
    expect(codes).not.toContain('syncapp.not-running');
  });

  it('an ordinary stopped Sync App on the console fallback is still "not running", not "could not check"', async () => {
    const stopped = machine('machines/quickbooks-sync-app-stopped.json');
    expect(await syncAppCodes('console tools', stopped.snapshot, stopped.inputs)).toEqual(['syncapp.not-running']);
  });
});
