import type { Report } from '../../src-shared/model/report-schema.js';
import type { SupportBundle } from './ipc-handlers.js';

/**
 * A support bundle of what the app already knows: the current report and the recent log lines.
 * With `redact`, the computer and user names are replaced wherever they appear.
 */
export function makeBasicSupportBundle(report: Report | undefined, logLines: string[], redact: boolean, now = new Date()): SupportBundle {
  let content = JSON.stringify({ format: 'sync-doctor/support@1', createdAt: now.toISOString(), report: report ?? null, log: logLines }, null, 2);
  if (redact && report) {
    for (const [secret, label] of [[report.machine.computerName, 'COMPUTER'], [report.machine.userName, 'USER']] as const) {
      if (secret.length >= 2) content = content.replace(new RegExp(secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), `<${label}>`);
    }
  }
  return { fileName: `sync-doctor-support-${now.toISOString().slice(0, 10)}.json`, content };
}
