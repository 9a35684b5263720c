import { describe, expect, it } from 'vitest';
import { parseRegQuery } from '../../src-main/host/windows/reg-query-output.js';
import { parseScQueryEx } from '../../src-main/host/windows/sc-queryex-output.js';
import { parseTasklistCsv } from '../../src-main/host/windows/tasklist-output.js';

/** Windows command output with the odd things real PCs put in it. */
describe('odd but real Windows command output', () => {
  it('sc: a display name with a colon in it does not shift the fields', () => {
    const text = ['SERVICE_NAME: QuickBooksDB34', 'DISPLAY_NAME: QuickBooksDB34: Database Server Manager', '        TYPE               : 10  WIN32_OWN_PROCESS', '        STATE              : 4  RUNNING', '                                (STOPPABLE, NOT_PAUSABLE, ACCEPTS_SHUTDOWN)', '        WIN32_EXIT_CODE    : 0  (0x0)', '        SERVICE_EXIT_CODE  : 0  (0x0)', '        CHECKPOINT         : 0x0', '        WAIT_HINT          : 0x0', '        PID                : 5120', '        FLAGS              :', ''].join('\r\n');
    expect(parseScQueryEx(text, 0)).toEqual({ ok: true, services: [{ name: 'QuickBooksDB34', displayName: 'QuickBooksDB34: Database Server Manager', state: 'running', pid: 5120 }] });
  });

  it('sc: a stopped service shows PID 0, which is no process', () => {
    const text = ['SERVICE_NAME: Sage50Data', '        TYPE               : 10  WIN32_OWN_PROCESS', '        STATE              : 1  STOPPED', '        WIN32_EXIT_CODE    : 0  (0x0)', '        SERVICE_EXIT_CODE  : 0  (0x0)', '        CHECKPOINT         : 0x0', '        WAIT_HINT          : 0x0', '        PID                : 0', ''].join('\r\n');
    expect(parseScQueryEx(text, 0)).toEqual({ ok: true, services: [{ name: 'Sage50Data', state: 'stopped' }] });
  });

  it('tasklist: a process with a blank session number has no session, not session 0', () => {
    expect(parseTasklistCsv('"QBW.EXE","4242","Console","","212,345 K"\r\n')).toEqual({ ok: true, processes: [{ pid: 4242, name: 'QBW.EXE' }] });
    expect(parseTasklistCsv('"QBW.EXE","4242","Console","N/A","212,345 K"\r\n')).toEqual({ ok: true, processes: [{ pid: 4242, name: 'QBW.EXE' }] });
  });

  it('reg query: an empty REG_MULTI_SZ is an empty list, a DWORD in hex a number', () => {
    const text = ['', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Intuit\\QuickBooks', '    Paths    REG_MULTI_SZ    ', '    Port    REG_DWORD    0x1f73', ''].join('\r\n');
    expect(parseRegQuery(text)).toStrictEqual([{ key: 'HKLM\\SOFTWARE\\Intuit\\QuickBooks', values: { Paths: [], Port: 8051 } }]);
  });
});
