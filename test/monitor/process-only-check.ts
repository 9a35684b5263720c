import type { Report } from '../../src-shared/model/report-schema.js';
import type { CheckInputs } from '../../src-main/check/check-inputs.js';
import type { Host } from '../../src-main/host/host.js';

/**
 * A stand-in for the full check that looks only at processes, through a real Host: enough to
 * see the report flip when a real Sync App process starts or stops on this machine.
 */
export async function processOnlyCheck(host: Host, inputs: CheckInputs): Promise<Report> {
  const listed = await host.processes();
  const patterns = inputs.syncAppPatterns.map((p) => p.toLowerCase());
  const running = (listed.ok ? listed.value : [])
    .filter((p) => patterns.some((pattern) => p.name.toLowerCase().includes(pattern) || (p.path ?? '').toLowerCase().includes(pattern)))
    .map((p) => ({ kind: 'process' as const, name: p.name, pid: p.pid, thisSession: true }));
  const up = running.length > 0;
  return {
    format: 'sync-doctor/report@1',
    status: up ? 'ok' : 'error',
    generatedAt: host.now().toISOString(),
    machine: { computerName: 'this', userName: 'me' },
    findings: [
      up
        ? { code: 'syncapp.running', severity: 'ok', title: 'Sync App running', detail: '', guidance: [] }
        : { code: 'syncapp.not-running', severity: 'error', title: 'Sync App not running', detail: '', guidance: [] },
    ],
    inventory: { syncApp: { running, stoppedServices: [], installed: [] } },
  };
}
