import { describe, expect, it } from 'vitest';
import { abbreviateHive, parseRegQuery } from '../../src-main/host/windows/reg-query-output.js';
import { parseScQueryEx } from '../../src-main/host/windows/sc-queryex-output.js';
import { parseTasklistCsv } from '../../src-main/host/windows/tasklist-output.js';

/** The edges of the Windows command-output parsers: value kinds, odd rows, exit codes. */
describe('reg query edges', () => {
  it('abbreviates each hive, in any case, and leaves other roots alone', () => {
    expect(abbreviateHive('HKEY_LOCAL_MACHINE\\SOFTWARE')).toBe('HKLM\\SOFTWARE');
    expect(abbreviateHive('hkey_current_user\\Network')).toBe('HKCU\\Network');
    expect(abbreviateHive('HKEY_USERS\\S-1')).toBe('HKU\\S-1');
    expect(abbreviateHive('HKEY_CLASSES_ROOT\\.qbw')).toBe('HKCR\\.qbw');
    expect(abbreviateHive('HKEY_CURRENT_CONFIG')).toBe('HKCC');
    expect(abbreviateHive('SOMETHING\\Else')).toBe('SOMETHING\\Else');
  });

  it('reads each value kind, and skips binary ones and values before any key', () => {
    const text = [
      '    Orphan    REG_SZ    before any key',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Test',
      '    Text    REG_SZ    C:\\Program Files\\x',
      '    Expand    REG_EXPAND_SZ    %ProgramData%\\Sage',
      '    Empty    REG_SZ',
      '    Dword    REG_DWORD    0x1f',
      '    Qword    REG_QWORD    0x10',
      '    BadNumber    REG_DWORD    lots',
      '    Multi    REG_MULTI_SZ    one\\0two\\0\\0',
      '    NoParts    REG_MULTI_SZ',
      '    Blob    REG_BINARY    0A0B',
      '    Name with spaces    REG_SZ    value  with  gaps',
      '',
    ].join('\r\n');
    expect(parseRegQuery(text)).toStrictEqual([
      {
        key: 'HKLM\\SOFTWARE\\Test',
        values: {
          Text: 'C:\\Program Files\\x',
          Expand: '%ProgramData%\\Sage',
          Empty: '',
          Dword: 31,
          Qword: 16,
          Multi: ['one', 'two', ''],
          NoParts: [],
          'Name with spaces': 'value  with  gaps',
        },
      },
    ]);
  });

  it('names the default value "" in other languages, and keeps a key with nothing in it', () => {
    const text = 'HKEY_CURRENT_USER\\A\r\n    (Standard)    REG_SZ    x\r\nHKEY_CURRENT_USER\\B\r\n    (par défaut)    REG_SZ    y\r\nHKEY_CURRENT_USER\\C\r\n';
    expect(parseRegQuery(text)).toEqual([
      { key: 'HKCU\\A', values: { '': 'x' } },
      { key: 'HKCU\\B', values: { '': 'y' } },
      { key: 'HKCU\\C', values: {} },
    ]);
  });

  it('reads a value line split by single spaces', () => {
    expect(parseRegQuery('HKEY_CURRENT_USER\\A\n Path REG_SZ D:\\Data')).toEqual([{ key: 'HKCU\\A', values: { Path: 'D:\\Data' } }]);
  });

  it('does not take a line that merely starts with HKEY_ text for a key', () => {
    expect(parseRegQuery('HKEY_CURRENT_USERS_AND_MORE text\r\n')).toEqual([]);
  });
});

describe('tasklist edges', () => {
  it('keeps a process without a session number, and skips rows without a name or a whole pid', () => {
    const text = ['"a.exe","10","Console","1","1 K"', '"b.exe","11"', '"","12","Console","1","1 K"', '"c.exe","x","Console","1","1 K"', '"d.exe","13.5","Console","1","1 K"', '"e.exe","14","Services","","1 K"', '"f.exe","15","Services","zero","1 K"'].join('\r\n');
    expect(parseTasklistCsv(text)).toEqual({
      ok: true,
      processes: [
        { pid: 10, name: 'a.exe', sessionId: 1 },
        { pid: 11, name: 'b.exe' },
        { pid: 14, name: 'e.exe' },
        { pid: 15, name: 'f.exe' },
      ],
    });
  });

  it('reads past a message that quotes a name', () => {
    expect(parseTasklistCsv('INFO: No tasks are running which match "AutoEntry.SyncApp.exe".\r\n"a.exe","1","Console","1","1 K"\r\n')).toStrictEqual({
      ok: true,
      processes: [{ pid: 1, name: 'a.exe', sessionId: 1 }],
    });
  });

  it('says plainly when the output is not CSV after all', () => {
    const parsed = parseTasklistCsv('"a.exe","1\r\n');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(/^tasklist output is not CSV: /);
  });
});

describe('sc queryex edges', () => {
  it('names the exit code and the first line of any other failure', () => {
    expect(parseScQueryEx('[SC] OpenService FAILED 1234:\r\n\r\nSomething.\r\n', 1234)).toEqual({ ok: false, kind: 'error', message: 'sc ended with exit code 1234: [SC] OpenService FAILED 1234:' });
  });

  it('skips a block with no state number, and one without a name', () => {
    const text = ['SERVICE_NAME: A', 'DISPLAY_NAME: A', '        TYPE               : 10  WIN32_OWN_PROCESS', '        STATE              : RUNNING', '', 'SERVICE_NAME: B', '        TYPE               : 10  WIN32_OWN_PROCESS', '        STATE              : 4  RUNNING', ''].join('\r\n');
    expect(parseScQueryEx(text, 0)).toStrictEqual({ ok: true, services: [{ name: 'B', state: 'running' }] });
  });

  it('leaves out a pid of 0 or one that is not a number', () => {
    const block = (name: string, pid: string) =>
      [`SERVICE_NAME: ${name}`, `DISPLAY_NAME: ${name} service`, '        TYPE               : 10  WIN32_OWN_PROCESS', '        STATE              : 4  RUNNING', '        WIN32_EXIT_CODE    : 0  (0x0)', '        SERVICE_EXIT_CODE  : 0  (0x0)', '        CHECKPOINT         : 0x0', '        WAIT_HINT          : 0x0', `        PID                : ${pid}`, '        FLAGS              :', ''].join('\r\n');
    const parsed = parseScQueryEx([block('A', '0'), block('B', 'n/a'), block('C', '42')].join('\r\n'), 0);
    expect(parsed).toEqual({
      ok: true,
      services: [
        { name: 'A', displayName: 'A service', state: 'running' },
        { name: 'B', displayName: 'B service', state: 'running' },
        { name: 'C', displayName: 'C service', state: 'running', pid: 42 },
      ],
    });
  });
});

describe('line endings and spacing', () => {
  const sc = [
    'SERVICE_NAME: A',
    'DISPLAY_NAME: A service',
    '        TYPE               : 10  WIN32_OWN_PROCESS',
    '        STATE              : 4  RUNNING',
    '        WIN32_EXIT_CODE    : 0  (0x0)',
    '        SERVICE_EXIT_CODE  : 0  (0x0)',
    '        CHECKPOINT         : 0x0',
    '        WAIT_HINT          : 0x0',
    '        PID                : 12',
    '        FLAGS              :',
    '   ',
    'SERVICE_NAME: B',
    '        TYPE               : 10  WIN32_OWN_PROCESS',
    '        STATE              : 1  STOPPED',
  ];
  const expected = {
    ok: true,
    services: [
      { name: 'A', displayName: 'A service', state: 'running', pid: 12 },
      { name: 'B', state: 'stopped' },
    ],
  };

  it('sc: the same services from CRLF or LF output, blocks apart by a blank (or blank-looking) line', () => {
    expect(parseScQueryEx(`\r\n${sc.join('\r\n')}\r\n`, 0)).toStrictEqual(expected);
    expect(parseScQueryEx(`\n${sc.join('\n')}\n`, 0)).toStrictEqual(expected);
  });

  it('sc: a failure names its first non-blank line; access denied says so', () => {
    expect(parseScQueryEx('\n\n  [SC] EnumQueryServicesStatus:OpenService FAILED 1722:\nThe RPC server is unavailable.\n', 1722)).toEqual({
      ok: false,
      kind: 'error',
      message: 'sc ended with exit code 1722: [SC] EnumQueryServicesStatus:OpenService FAILED 1722:',
    });
    expect(parseScQueryEx('[SC] OpenService FAILED 5:\n\nAccess is denied.\n', 5)).toEqual({ ok: false, kind: 'denied', message: 'sc: access is denied' });
  });

  it('reg: the same keys from CRLF or LF output, trailing spaces and blank-looking lines ignored', () => {
    const lines = ['', 'HKEY_CURRENT_USER\\Network\\S  ', '    RemotePath    REG_SZ    \\\\FILESRV\\Accounts  ', '   ', 'HKEY_CURRENT_USER', '    Note    REG_SZ    see HKEY_LOCAL_MACHINE\\Other', ''];
    const keys = [
      { key: 'HKCU\\Network\\S', values: { RemotePath: '\\\\FILESRV\\Accounts' } },
      { key: 'HKCU', values: { Note: 'see HKEY_LOCAL_MACHINE\\Other' } },
    ];
    expect(parseRegQuery(lines.join('\r\n'))).toStrictEqual(keys);
    expect(parseRegQuery(lines.join('\n'))).toStrictEqual(keys);
  });

  it('reg: an empty string inside a multi-string value is kept', () => {
    expect(parseRegQuery('HKEY_CURRENT_USER\\A\n    M    REG_MULTI_SZ    a\\0\\0b')).toStrictEqual([{ key: 'HKCU\\A', values: { M: ['a', '', 'b'] } }]);
  });

  it('tasklist: the same processes from CRLF or LF output', () => {
    const rows = ['', 'INFO: a note first', '"a.exe","1","Console","1","1 K"', '"b.exe","2","Services","0","1 K"', ''];
    const processes = { ok: true, processes: [{ pid: 1, name: 'a.exe', sessionId: 1 }, { pid: 2, name: 'b.exe', sessionId: 0 }] };
    expect(parseTasklistCsv(rows.join('\r\n'))).toStrictEqual(processes);
    expect(parseTasklistCsv(rows.join('\n'))).toStrictEqual(processes);
  });
});
