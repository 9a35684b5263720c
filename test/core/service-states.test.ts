import { describe, expect, it } from 'vitest';
import { SERVICE_STATES, type ServiceState } from '../../src-shared/model/machine-snapshot-schema.js';
import { parseScQueryEx } from '../../src-main/host/windows/sc-queryex-output.js';
import { parseSystemReport } from '../../src-main/host/windows/system-report.js';
import { checkSnapshot, codes, machine } from '../support/check-machine.js';

/**
 * A Windows service is fine only when it is running: paused, pausing, starting, stopping and
 * stopped all mean the data cannot be relied on. Each reader of service states (sc, PowerShell)
 * keeps the difference, and the Sage rule reports every state but running.
 */

/** One `sc queryex` block as Windows prints it, with the state's number and its word. */
function scBlock(name: string, code: number, word: string, label = 'STATE'): string {
  return [
    `SERVICE_NAME: ${name}`,
    `DISPLAY_NAME: ${name}`,
    '        TYPE               : 10  WIN32_OWN_PROCESS',
    `        ${label.padEnd(19)}: ${code}  ${word}`,
    '                                (STOPPABLE, PAUSABLE, ACCEPTS_SHUTDOWN)',
    '        WIN32_EXIT_CODE    : 0  (0x0)',
    '        SERVICE_EXIT_CODE  : 0  (0x0)',
    '        CHECKPOINT         : 0x1',
    '        WAIT_HINT          : 0x7d0',
    `        PID                : ${code === 1 ? 0 : 3100 + code}`,
    '        FLAGS              :',
    '',
  ].join('\r\n');
}

// Windows' SERVICE_STATUS codes, as sc prints them.
const SC_STATES: Array<[number, string, ServiceState]> = [
  [1, 'STOPPED', 'stopped'],
  [2, 'START_PENDING', 'start-pending'],
  [3, 'STOP_PENDING', 'stop-pending'],
  [4, 'RUNNING', 'running'],
  [5, 'CONTINUE_PENDING', 'start-pending'],
  [6, 'PAUSE_PENDING', 'paused'],
  [7, 'PAUSED', 'paused'],
];

describe('sc queryex service states', () => {
  it.each(SC_STATES)('state %i (%s) is read as %s', (code, word, state) => {
    const parsed = parseScQueryEx(`\r\n${scBlock('SageAcctsDataSvc', code, word)}`, 0);
    expect(parsed).toMatchObject({ ok: true, services: [{ name: 'SageAcctsDataSvc', state }] });
  });

  it('reads the state by its number whatever the label and word (a German "ZUSTAND : 6 PAUSE_PENDING")', () => {
    const parsed = parseScQueryEx(`\r\n${scBlock('SageAcctsDataSvc', 6, 'WIRD ANGEHALTEN', 'ZUSTAND')}`, 0);
    expect(parsed.ok && parsed.services.map((s) => s.state)).toEqual(['paused']);
  });

  it('keeps each service of a listing in its own state', () => {
    const text = `\r\n${SC_STATES.map(([code, word], i) => scBlock(`Svc${i}`, code, word)).join('\r\n')}`;
    const parsed = parseScQueryEx(text, 0);
    expect(parsed.ok && parsed.services.map((s) => s.state)).toEqual(SC_STATES.map(([, , state]) => state));
    expect(parsed.ok && parsed.services.filter((s) => s.state === 'running').map((s) => s.name)).toEqual(['Svc3']);
  });
});

describe('PowerShell service states', () => {
  const report = (state: string | number) =>
    parseSystemReport(Buffer.from(JSON.stringify({ errors: [], services: [{ name: 'SageAcctsDataSvc', displayName: 'Sage data', state, startMode: 'Auto', pid: 0 }] })));

  it.each([
    ['Running', 'running'],
    ['Stopped', 'stopped'],
    ['Paused', 'paused'],
    ['Pause Pending', 'paused'],
    ['pause pending', 'paused'],
    ['Start Pending', 'start-pending'],
    ['Continue Pending', 'start-pending'],
    ['Stop Pending', 'stop-pending'],
    [6, 'paused'],
    [7, 'paused'],
    [5, 'start-pending'],
    [4, 'running'],
  ] as const)('%s is read as %s', (given, state) => {
    const parsed = report(given);
    expect(parsed.ok && parsed.report.services?.map((s) => s.state)).toEqual([state]);
  });
});

describe('the Sage data service rule', () => {
  const PD = 'C:\\ProgramData\\Sage\\Accounts';
  async function reportWithService(state: ServiceState) {
    const m = machine('sage-healthy');
    m.services.push({ name: 'Sage 50 Accounts Service v31', displayName: 'Sage 50 Accounts Service v31', state, startType: 'auto' });
    return checkSnapshot(m, { autoentryPaths: [`${PD}\\2025\\Company.000`] });
  }

  it.each(SERVICE_STATES.filter((s) => s !== 'running'))('a service that is %s is reported, as a warning', async (state) => {
    const report = await reportWithService(state);
    expect(codes(report)).toContain('sage.service-stopped');
    expect(report.findings.find((f) => f.code === 'sage.service-stopped')?.detail).toContain(state);
    expect(report.status).toBe('warn');
  });

  it('a running service is fine', async () => {
    const report = await reportWithService('running');
    expect(codes(report)).not.toContain('sage.service-stopped');
    expect(report.status).toBe('ok');
  });
});
