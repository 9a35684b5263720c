import type { ServiceInfo } from '../../../src-shared/model/system.js';
import type { ServiceState } from '../../../src-shared/model/machine-snapshot-schema.js';

/** `sc` exit code: the service named does not exist. */
export const SC_NO_SUCH_SERVICE = 1060;
/** `sc` exit code: access denied. */
export const SC_ACCESS_DENIED = 5;

const STATE_BY_CODE: Record<number, ServiceState> = {
  1: 'stopped',
  2: 'start-pending',
  3: 'stop-pending',
  4: 'running',
  5: 'start-pending', // continue pending
  6: 'paused', // pause pending
  7: 'paused',
};

export type ScParse = { ok: true; services: ServiceInfo[] } | { ok: false; kind: 'denied' | 'error'; message: string };

/**
 * Parses `sc queryex [name]` output in any display language. Labels are translated
 * (`STATE`, `STATUS`, `ÉTAT`), so a block is read by position: the first two margin lines are
 * the service name and display name; of the indented `label : value` lines, the second is the
 * state (keyed on its number) and the one after the exit codes and hints is the PID.
 */
export function parseScQueryEx(text: string, exitCode: number): ScParse {
  if (exitCode === SC_NO_SUCH_SERVICE) return { ok: true, services: [] };
  if (exitCode === SC_ACCESS_DENIED) return { ok: false, kind: 'denied', message: 'sc: access is denied' };
  // Splitting a string always gives at least one part.
  const [firstLine] = text.trim().split(/\r?\n/) as [string];
  if (exitCode !== 0) return { ok: false, kind: 'error', message: `sc ended with exit code ${exitCode}: ${firstLine}` };

  const services: ServiceInfo[] = [];
  for (const block of text.split(/\r?\n\s*\r?\n(?=\S)/)) {
    // Blank lines need no filter: neither a header (`^\S`) nor a field (`^\s+X…:`) can be blank.
    const lines = block.split(/\r?\n/);
    const header = lines.filter((line) => /^\S/.test(line)).map((line) => line.slice(line.indexOf(':') + 1).trim());
    const fields = lines.filter((line) => /^\s+[^\s(][^:]*:/.test(line)).map((line) => line.slice(line.indexOf(':') + 1).trim());
    const name = header[0];
    // Stryker disable next-line StringLiteral: a missing field and any text without leading digits both give no state
    const stateCode = Number(/^(\d+)/.exec(fields[1] ?? '')?.[1]);
    const state = STATE_BY_CODE[stateCode];
    if (!name || state === undefined) continue;
    const service: ServiceInfo = { name, state };
    if (header[1]) service.displayName = header[1];
    const pid = Number(fields[6]);
    // Stryker disable next-line StringLiteral: a missing PID field (`sc query`) and any text that is not digits both give no pid
    if (/^\d+$/.test(fields[6] ?? '') && pid > 0) service.pid = pid;
    services.push(service);
  }
  return { ok: true, services };
}
