import { describe, expect, it } from 'vitest';
import { MACHINE_FORMAT, type MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import { redactSnapshot } from '../../src-main/collect/redact-snapshot.js';

const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]).toString('base64');
const fromUtf16 = (base64: string) => Buffer.from(base64, 'base64').subarray(2).toString('utf16le');

function officePc(): MachineSnapshot {
  return {
    format: MACHINE_FORMAT,
    capturedAt: '2026-11-20T09:30:00Z',
    host: { computerName: 'OFFICE-PC1', userName: 'jane', userDomain: 'OFFICE', sessionId: 1 },
    env: { USERPROFILE: 'C:\\Users\\jane', COMPUTERNAME: 'OFFICE-PC1', ProgramData: 'C:\\ProgramData' },
    drives: { 'C:': { kind: 'fixed' }, 'Q:': { kind: 'network', remote: '\\\\FILESRV\\QBData' } },
    shares: { '\\\\OLDNAS\\sage': { reachable: false } },
    files: {
      '\\\\FILESRV\\QBData\\Jones Ltd\\Jones Ltd.QBW': { size: 1000, mtime: '2026-11-20T09:00:00Z' },
      '\\\\FILESRV\\QBData\\Jones Ltd\\Jones Ltd.QBW.ND': { text: '[NetConnect]\r\nServerIp=192.168.1.20\r\nEngineName=QB_OFFICE-PC1_34\r\nFilePath=\\\\FILESRV\\QBData\\JONES LTD\\Jones Ltd.QBW\r\n' },
      'C:\\Users\\jane\\AppData\\Local\\Intuit\\QuickBooks 2024\\QBWUSER.INI': { base64: utf16('[MRUFILES]\r\nFILE1=Q:\\Jones Ltd\\Jones Ltd.QBW\r\n') },
      'C:\\ProgramData\\Sage\\Accounts\\2025\\COMPANY': { text: 'C:\\Sage Data\\Smith Plumbing\\Company.000\r\n' },
      'C:\\Sage Data\\smith plumbing\\Company.000\\ACCDATA\\SETUP.DTA': { size: 65536 },
    },
    dirs: ['C:\\Sage Data\\Empty Client'],
    denied: ['\\\\FILESRV\\Private'],
    processes: [
      { pid: 1, name: 'AutoEntry.SyncApp.exe', path: 'C:\\Program Files (x86)\\AutoEntry\\Desktop Sync\\AutoEntry.SyncApp.exe', user: 'OFFICE\\jane' },
      { pid: 2, name: 'QBW.EXE', user: 'OFFICE\\bob' },
    ],
    services: [{ name: 'QuickBooksDB34', state: 'running', account: '.\\QBDataServiceUser34' }],
    registry: { 'HKCU\\Network\\Q': { RemotePath: '\\\\FILESRV\\QBData', ConnectionType: 1 } },
  };
}

/** The office PC redacted, with the pseudonyms its paths were given picked out. */
function redactedOffice() {
  const { snapshot, inputs } = redactSnapshot(officePc(), {
    autoentryPaths: ['Q:\\Jones Ltd\\Jones Ltd.QBW', 'c:\\sage data\\SMITH PLUMBING\\Company.000'],
    syncAppLocation: 'office-pc1',
  });
  const text = JSON.stringify(snapshot) + JSON.stringify(inputs) + Object.values(snapshot.files).map((f) => (f.base64 ? fromUtf16(f.base64) : '')).join('');
  const keys = Object.keys(snapshot.files);
  const qbw = keys.find((k) => k.endsWith('.QBW'))!;
  const [, server, share, folder, stem] = /^\\\\(SERVER-\d+)\\(Client-\d+)\\(Client-\d+)\\(Client-\d+)\.QBW$/.exec(qbw) ?? [];
  const [, sageClient] = /^C:\\Sage Data\\(Client-\d+)\\Company\.000\\ACCDATA\\SETUP\.DTA$/.exec(keys.find((k) => k.endsWith('SETUP.DTA'))!) ?? [];
  return { snapshot, inputs, text, keys, qbw, server, share, folder, stem, sageClient };
}

// Redacted inside each test (not in the describe body): mutation testing credits only work done in a test.
describe('redacting a support bundle', () => {
  it('leaves no user, computer, server, client name or address behind', () => {
    const { text } = redactedOffice();
    for (const secret of ['jane', 'bob', 'OFFICE', 'FILESRV', 'OLDNAS', 'Jones', 'Smith', 'Empty Client', '192.168']) {
      expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
    }
  });

  it('gives the same name the same pseudonym everywhere, whatever its case, keeping extensions', () => {
    const { snapshot, inputs, keys, qbw, server, share, folder, stem, sageClient } = redactedOffice();
    expect(snapshot.host).toMatchObject({ computerName: 'PC-1', userName: 'user-1', userDomain: 'DOMAIN-1' });
    expect(stem).toBe(folder); // the folder "Jones Ltd" and the file "Jones Ltd.QBW"
    expect(keys).toContain(`${qbw}.ND`);
    expect(inputs.autoentryPaths).toEqual([`Q:\\${folder}\\${stem}.QBW`, `c:\\sage data\\${sageClient}\\Company.000`]);
    expect(inputs.syncAppLocation).toBe('PC-1');
    expect(snapshot.drives['Q:']).toEqual({ kind: 'network', remote: `\\\\${server}\\${share}` });
    expect(snapshot.registry['HKCU\\Network\\Q']).toEqual({ RemotePath: `\\\\${server}\\${share}` });
    expect(snapshot.env).toMatchObject({ USERPROFILE: 'C:\\Users\\user-1', COMPUTERNAME: 'PC-1', ProgramData: 'C:\\ProgramData' });
    expect(new Set([share, folder, sageClient]).size).toBe(3);
  });

  it('redacts inside the files the probes parse, keeping their shape and encoding', () => {
    const { snapshot, qbw, server, share, folder, stem, sageClient } = redactedOffice();
    expect(snapshot.files[`${qbw}.ND`]!.text).toBe(`[NetConnect]\r\nServerIp=10.0.0.1\r\nEngineName=QB_PC-1_34\r\nFilePath=\\\\${server}\\${share}\\${folder}\\${stem}.QBW\r\n`);
    const ini = snapshot.files['C:\\Users\\user-1\\AppData\\Local\\Intuit\\QuickBooks 2024\\QBWUSER.INI']!;
    expect(fromUtf16(ini.base64!)).toBe(`[MRUFILES]\r\nFILE1=Q:\\${folder}\\${stem}.QBW\r\n`);
    expect(snapshot.files['C:\\ProgramData\\Sage\\Accounts\\2025\\COMPANY']!.text).toBe(`C:\\Sage Data\\${sageClient}\\Company.000\r\n`);
  });

  it('redacts owners but keeps service role accounts and program folders', () => {
    const { snapshot, server, share } = redactedOffice();
    expect(snapshot.processes.map((p) => p.user)).toEqual(['DOMAIN-1\\user-1', 'DOMAIN-1\\user-2']);
    expect(snapshot.processes[0]!.path).toBe('C:\\Program Files (x86)\\AutoEntry\\Desktop Sync\\AutoEntry.SyncApp.exe');
    expect(snapshot.services[0]!.account).toBe('.\\QBDataServiceUser34');
    expect(snapshot.shares).toEqual({ '\\\\SERVER-2\\sage': { reachable: false } });
    expect(snapshot.denied).toEqual([expect.stringMatching(new RegExp(`^\\\\\\\\${server}\\\\Client-\\d+$`))]);
    expect(snapshot.denied![0]).not.toBe(`\\\\${server}\\${share}`);
  });

  it('gives the same pseudonyms on a second run over the same snapshot', () => {
    expect(redactSnapshot(officePc(), { autoentryPaths: ['Q:\\Other\\Other.QBW'] }).snapshot).toEqual(redactSnapshot(officePc()).snapshot);
  });
});
