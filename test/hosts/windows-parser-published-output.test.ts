import { describe, expect, it } from 'vitest';
import { decodeConsoleOutput } from '../../src-main/host/windows/console-text.js';
import { parseRegQuery } from '../../src-main/host/windows/reg-query-output.js';
import { parseScQueryEx } from '../../src-main/host/windows/sc-queryex-output.js';
import { parseTasklistCsv } from '../../src-main/host/windows/tasklist-output.js';
import { fixtureBytes } from './support/recorded-runner.js';

/*
 * The parsers over output that other people printed on their own Windows PCs and published
 * (test/fixtures/windows/published, sources in its README), and over the ways such output
 * drifts from the neat four-space columns: gaps collapsed to one space, text at the margin,
 * odd indentation, numbers printed in a form we must not guess at.
 */
const published = (name: string) => decodeConsoleOutput(fixtureBytes(`published/${name}`), 850);

describe('reg query output published by others', () => {
  it('reads a German /ve answer (blank line first, "(Standard)") as the default value', () => {
    expect(parseRegQuery(published('reg-query-ve-de-textext.txt'))).toStrictEqual([
      { key: 'HKLM\\SOFTWARE\\Inkscape\\Inkscape', values: { '': 'C:\\Program Files\\Inkscape' } },
    ]);
  });
});

describe('sc query output published by others (no DISPLAY_NAME, PID or FLAGS lines)', () => {
  it.each([
    ['sc-query-running.txt', 'running'],
    ['sc-query-paused.txt', 'paused'],
    ['sc-query-stopped.txt', 'stopped'],
    ['sc-query-stopped-1077.txt', 'stopped'],
  ])('%s is read as one %s service, with no pid', (file, state) => {
    expect(parseScQueryEx(published(file), 0)).toStrictEqual({ ok: true, services: [{ name: 'wmzwebpy', state }] });
  });
});

describe('reg query lines whose column gaps are not four spaces', () => {
  it('reads values whose gaps were collapsed to one space in places', () => {
    const text = [
      'HKEY_CURRENT_USER\\Software\\Sage',
      '    DataPath REG_SZ   D:\\Sage Data',
      '    Note    REG_SZ one-space-before-data',
      '    Empty REG_SZ',
      '        Deep REG_DWORD 0x2',
    ].join('\r\n');
    expect(parseRegQuery(text)).toStrictEqual([
      { key: 'HKCU\\Software\\Sage', values: { DataPath: 'D:\\Sage Data', Note: 'one-space-before-data', Empty: '', Deep: 2 } },
    ]);
  });

  it('splits at the wide gap when the value name itself holds a type word', () => {
    const text = ['HKEY_CURRENT_USER\\Software\\Tool', '    Import REG_SZ list    REG_SZ    a.csv', '    Export REG_SZ list    REG_SZ'].join('\r\n');
    expect(parseRegQuery(text)).toStrictEqual([{ key: 'HKCU\\Software\\Tool', values: { 'Import REG_SZ list': 'a.csv', 'Export REG_SZ list': '' } }]);
  });

  it('takes no value from a line at the margin, nor from a line that only lists type names', () => {
    const text = [
      'HKEY_CURRENT_USER\\Software\\Tool',
      '    Kept    REG_SZ    yes',
      'Note    REG_SZ    at the margin',
      'Loose  REG_SZ x',
      '                 REG_SZ, REG_MULTI_SZ, REG_EXPAND_SZ,',
    ].join('\r\n');
    expect(parseRegQuery(text)).toStrictEqual([{ key: 'HKCU\\Software\\Tool', values: { Kept: 'yes' } }]);
  });
});

describe('sc queryex fields the parser must not guess at', () => {
  const block = (state: string, pid: string, indent = '        ') =>
    ['SERVICE_NAME: SageAcctsDataSvc', 'DISPLAY_NAME: Sage Accounts Data Service', `${indent}TYPE               : 10  WIN32_OWN_PROCESS`, `${indent}STATE              : ${state}`, `${indent}WIN32_EXIT_CODE    : 0  (0x0)`, `${indent}SERVICE_EXIT_CODE  : 0  (0x0)`, `${indent}CHECKPOINT         : 0x0`, `${indent}WAIT_HINT          : 0x0`, `${indent}PID                : ${pid}`, `${indent}FLAGS              :`, ''].join('\r\n');

  it('skips a service whose state is not one of the seven numbers at the start of the field', () => {
    expect(parseScQueryEx(block('14  UNKNOWN', '2040'), 0)).toStrictEqual({ ok: true, services: [] });
    expect(parseScQueryEx(block('RUNNING (4)', '2040'), 0)).toStrictEqual({ ok: true, services: [] });
  });

  it('gives no pid for a PID field that is not plain decimal digits', () => {
    const parsed = parseScQueryEx(block('4  RUNNING', '0x7F8'), 0);
    expect(parsed).toStrictEqual({ ok: true, services: [{ name: 'SageAcctsDataSvc', displayName: 'Sage Accounts Data Service', state: 'running' }] });
  });

  it('reads fields indented by a single tab', () => {
    expect(parseScQueryEx(block('4  RUNNING', '2040', '\t'), 0)).toStrictEqual({
      ok: true,
      services: [{ name: 'SageAcctsDataSvc', displayName: 'Sage Accounts Data Service', state: 'running', pid: 2040 }],
    });
  });
});

describe('tasklist rows with stray spaces', () => {
  it('reads a row indented or followed by spaces like any other', () => {
    expect(parseTasklistCsv('  "sage.exe","4120","Console","1","98,304 K"  \r\n"QBW.EXE","6100","Console","2","212,345 K"\r\n')).toStrictEqual({
      ok: true,
      processes: [
        { pid: 4120, name: 'sage.exe', sessionId: 1 },
        { pid: 6100, name: 'QBW.EXE', sessionId: 2 },
      ],
    });
  });
});
