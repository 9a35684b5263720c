import type { Settings } from '../../src-shared/settings/settings-schema.js';
import { collectSnapshot } from '../collect/collect-snapshot.js';
import { defaultSnapshotFileName } from '../collect/snapshot-file-name.js';
import type { CheckEngine } from './check-engine.js';
import type { SupportBundle } from './ipc-handlers.js';

/**
 * The Support screen's bundle: exactly what `sync-doctor collect` writes — a machine snapshot
 * of what the probes looked at (no accounting data), redacted on request — so a support agent
 * opens it with `check --machine` and sees what this PC shows.
 */
export async function makeCollectedSupportBundle(engine: CheckEngine, settings: Settings, redact: boolean): Promise<SupportBundle> {
  const context = await engine.context(settings);
  const snapshot = await collectSnapshot(context.host, context.inputs, {
    timeoutMs: context.timeoutMs,
    redact,
    companyNames: settings.companies.map((company) => company.name),
  });
  return {
    fileName: defaultSnapshotFileName(snapshot.host.computerName, new Date(snapshot.capturedAt)),
    content: `${JSON.stringify(snapshot, null, 2)}\n`,
  };
}
