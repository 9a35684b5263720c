import { readFileSync } from 'node:fs';
import { runCheck } from '../../src-main/check/run-check.js';
import { DEFAULT_SYNC_APP_PATTERNS, type CheckInputs } from '../../src-main/check/check-inputs.js';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import { parseSnapshotText } from '../../src-main/host/snapshot/load-snapshot.js';
import type { MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import type { Finding, Report } from '../../src-shared/model/report-schema.js';

export const MACHINES_DIR = new URL('../fixtures/machines/', import.meta.url);

/** A fixture machine snapshot by name (test/fixtures/machines/<name>.json). */
const parsed = new Map<string, MachineSnapshot>();

export function machine(name: string): MachineSnapshot {
  let snapshot = parsed.get(name);
  if (!snapshot) {
    const loaded = parseSnapshotText(readFileSync(new URL(`${name}.json`, MACHINES_DIR), 'utf8'), name);
    if (!loaded.ok) throw new Error(loaded.message);
    parsed.set(name, (snapshot = loaded.snapshot));
  }
  return structuredClone(snapshot);
}

/** Runs the real check over a snapshot, as `sync-doctor check --machine` does. */
export async function checkSnapshot(snapshot: MachineSnapshot, inputs: Partial<CheckInputs> = {}, timeoutMs = 5000): Promise<Report> {
  return runCheck(createSnapshotHost(snapshot), { autoentryPaths: [], syncAppPatterns: DEFAULT_SYNC_APP_PATTERNS, ...inputs }, { timeoutMs });
}

export function codes(report: Report): string[] {
  return report.findings.map((f) => f.code);
}

export function findingOf(report: Report, code: string, configuredPath?: string): Finding {
  const f = report.findings.find((x) => x.code === code && (configuredPath === undefined || x.configuredPath === configuredPath));
  if (!f) throw new Error(`no ${code} finding; got ${codes(report).join(', ')}`);
  return f;
}
