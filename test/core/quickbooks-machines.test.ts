import { describe, expect, it } from 'vitest';
import type { MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import { checkSnapshot, codes, findingOf, machine } from '../support/check-machine.js';

const INI = 'C:\\Users\\sam\\AppData\\Local\\Intuit\\QuickBooks 2024\\QBWUSER.INI';
const LOCAL = 'C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\Company Files\\Harbour Cafe.QBW';
const SERVER = '\\\\QBSERVER\\QBData\\Harbour Cafe.QBW';

function recentList(m: MachineSnapshot, ...files: string[]): void {
  m.files[INI] = { text: `[MRUFILES_STANDARD_STRATUM]\r\n${files.map((f, i) => `FILE${i + 1}=${f}`).join('\r\n')}\r\n`, mtime: '2026-11-20T08:05:00Z' };
}

describe('QuickBooks machines beyond the examples', () => {
  it('the company file moved to a server: the old local path is a mismatch pointing at the server copy', async () => {
    const m = machine('quickbooks-sync-app-stopped');
    delete m.files[LOCAL];
    m.files[SERVER] = { size: 48_000_000, mtime: '2026-11-20T09:00:00Z' };
    recentList(m, SERVER);
    const f = findingOf(await checkSnapshot(m, { autoentryPaths: [LOCAL] }), 'path.mismatch');
    expect(f.suggestedPath).toBe(SERVER);
  });

  it('a copied company file: the copy QuickBooks did not open last is a mismatch', async () => {
    const m = machine('quickbooks-sync-app-stopped');
    m.files[SERVER] = { size: 48_000_000 };
    recentList(m, SERVER, LOCAL);
    const report = await checkSnapshot(m, { autoentryPaths: [LOCAL, SERVER] });
    expect(findingOf(report, 'path.mismatch', LOCAL).suggestedPath).toBe(SERVER);
    expect(findingOf(report, 'path.match', SERVER)).toBeDefined();
  });

  it('the most recent list wins across QuickBooks versions', async () => {
    const m = machine('quickbooks-sync-app-stopped');
    m.files[SERVER] = { size: 1 };
    recentList(m, LOCAL);
    m.files[INI]!.mtime = '2025-01-01T00:00:00Z';
    m.files['C:\\Users\\sam\\AppData\\Local\\Intuit\\QuickBooks Enterprise Solutions 24.0\\QBWUSER.INI'] = { text: `[MRUFILES_ENTERPRISE]\r\nFILE1=${SERVER}\r\n`, mtime: '2026-11-19T00:00:00Z' };
    const report = await checkSnapshot(m, { autoentryPaths: [LOCAL] });
    expect(findingOf(report, 'path.mismatch').suggestedPath).toBe(SERVER);
    expect((report.inventory as { quickbooks: { versions: string[] } }).quickbooks.versions).toEqual(expect.arrayContaining(['2024', 'Enterprise 24.0']));
  });

  it('a missing company file never opened anywhere is path.missing', async () => {
    expect(codes(await checkSnapshot(machine('quickbooks-sync-app-stopped'), { autoentryPaths: ['C:\\Old\\Other Company.QBW'] }))).toContain('path.missing');
  });

  it('an existing file never opened here, with no other copy, is a match', async () => {
    const m = machine('quickbooks-sync-app-stopped');
    m.files['D:\\QB\\New Co.qbw'] = { size: 10 };
    m.drives['D:'] = { kind: 'fixed' };
    expect(codes(await checkSnapshot(m, { autoentryPaths: ['D:\\QB\\New Co.qbw'] }))).toContain('path.match');
  });

  it('a QBWUSER.INI in UTF-16 with a BOM is read', async () => {
    const m = machine('quickbooks-sync-app-stopped');
    delete m.files[LOCAL];
    m.files[SERVER] = { size: 1 };
    const text = `[QBW]\r\n[MRUFILES_STANDARD_STRATUM]\r\nFILE1=${SERVER}\r\n`;
    m.files[INI] = { base64: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]).toString('base64') };
    expect(findingOf(await checkSnapshot(m, { autoentryPaths: [LOCAL] }), 'path.mismatch').suggestedPath).toBe(SERVER);
  });

  it('a company file hosted by another computer (from its .ND) is reported', async () => {
    const m = machine('quickbooks-sync-app-stopped');
    m.files[SERVER] = { size: 1 };
    m.files[`${SERVER}.ND`] = { text: '//This is a QuickBooks configuration file\r\n[NetConnect]\r\nServerIp=192.168.1.20\r\nEngineName=QB_QBSERVER_34\r\nServerPort=55378\r\nFilePath=D:\\QBData\\Harbour Cafe.QBW\r\nServerMode=1\r\n' };
    m.files[`${LOCAL}.ND`] = { text: '[NetConnect]\r\nEngineName=QB_cafe-office.cafe.local_34\r\nServerMode=1\r\n' };
    recentList(m, SERVER);
    const report = await checkSnapshot(m, { autoentryPaths: [SERVER] });
    const hosted = report.findings.filter((f) => f.code === 'quickbooks.hosted-elsewhere');
    expect(hosted).toHaveLength(1);
    expect(hosted[0]!.title).toContain('QBSERVER');
  });

  it('a stopped QuickBooksDB service is a warning', async () => {
    const m = machine('quickbooks-sync-app-stopped');
    m.services.find((s) => s.name === 'QuickBooksDB34')!.state = 'stopped';
    expect(codes(await checkSnapshot(m, { autoentryPaths: [LOCAL] }))).toContain('quickbooks.db-service-stopped');
  });

  it('a QuickBooks backup file is not a company file', async () => {
    const m = machine('quickbooks-sync-app-stopped');
    m.files['C:\\Backups\\Harbour Cafe.QBB'] = { size: 100 };
    const f = findingOf(await checkSnapshot(m, { autoentryPaths: ['C:\\Backups\\Harbour Cafe.QBB'] }), 'path.not-dataset');
    expect(f.detail).toContain('backup');
  });
});

describe('the Sync App in multi-user set-ups', () => {
  function withSyncApp(change: (m: MachineSnapshot) => void): MachineSnapshot {
    const m = machine('sage-healthy');
    change(m);
    return m;
  }
  const syncProcess = { pid: 7000, name: 'AutoEntry.SyncApp.exe', path: 'C:\\Program Files (x86)\\AutoEntry\\Sync App\\AutoEntry.SyncApp.exe' };

  it('running as a Windows service counts as running', async () => {
    const m = withSyncApp((m) => {
      m.processes = m.processes.filter((p) => !p.name.includes('AutoEntry'));
      m.services.push({ name: 'AutoEntrySync', displayName: 'AutoEntry Sync Service', state: 'running', pid: 3000 });
    });
    expect(codes(await checkSnapshot(m))).toContain('syncapp.running');
  });

  it('a stopped Sync App service is "installed but not running"', async () => {
    const m = withSyncApp((m) => {
      m.processes = m.processes.filter((p) => !p.name.includes('AutoEntry'));
      m.registry = {};
      m.services.push({ name: 'AutoEntrySync', state: 'stopped' });
    });
    expect(codes(await checkSnapshot(m))).toContain('syncapp.not-running');
  });

  it('running only in another user\'s session is running on this PC, qualified by other-session (info)', async () => {
    const m = withSyncApp((m) => {
      m.processes = m.processes.filter((p) => !p.name.includes('AutoEntry'));
      m.processes.push({ ...syncProcess, user: 'OFFICE\\bob', sessionId: 2 });
    });
    const report = await checkSnapshot(m, { autoentryPaths: ['C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000'] });
    expect(codes(report).filter((c) => c.startsWith('syncapp.'))).toEqual(['syncapp.running', 'syncapp.other-session']);
    expect(findingOf(report, 'syncapp.running').detail).toContain('OFFICE\\bob');
    expect(findingOf(report, 'syncapp.other-session').detail).toContain('OFFICE\\bob');
    expect(report.status).toBe('ok');
  });

  it('running only in another session while AutoEntry expects another computer: running, whose, and the mismatch', async () => {
    const m = withSyncApp((m) => {
      m.processes = m.processes.filter((p) => !p.name.includes('AutoEntry'));
      m.processes.push({ ...syncProcess, user: 'OFFICE\\bob', sessionId: 2 });
    });
    const report = await checkSnapshot(m, { syncAppLocation: 'FILESRV' });
    expect(codes(report).filter((c) => c.startsWith('syncapp.'))).toEqual(['syncapp.running', 'syncapp.other-session', 'syncapp.location-mismatch']);
  });

  it('another session with no visible user (not elevated) belongs to someone else', async () => {
    const m = withSyncApp((m) => {
      m.processes = m.processes.filter((p) => !p.name.includes('AutoEntry'));
      m.processes.push({ pid: 7000, name: 'AutoEntry.SyncApp.exe', sessionId: 3 });
    });
    const report = await checkSnapshot(m);
    expect(codes(report)).toContain('syncapp.other-session');
    expect(codes(report)).toContain('syncapp.running');
  });

  it('the same user in a second session still counts as running here', async () => {
    const m = withSyncApp((m) => {
      m.processes = m.processes.filter((p) => !p.name.includes('AutoEntry'));
      m.processes.push({ ...syncProcess, user: 'office\\JANE', sessionId: 4 });
    });
    expect(codes(await checkSnapshot(m))).toContain('syncapp.running');
  });

  it('neither installed nor running is not-installed', async () => {
    const m = withSyncApp((m) => {
      m.processes = m.processes.filter((p) => !p.name.includes('AutoEntry'));
      m.registry = {};
    });
    expect(codes(await checkSnapshot(m))).toContain('syncapp.not-installed');
  });

  it.each(['office-pc1', 'OFFICE-PC1.office.local', 'Office-PC1'])('a Sync App location of %s is this PC', async (location) => {
    const report = await checkSnapshot(machine('sage-healthy'), { syncAppLocation: location });
    expect(codes(report)).toContain('syncapp.running');
    expect(codes(report)).not.toContain('syncapp.location-mismatch');
  });

  it('another computer as the location while it runs here too is a location mismatch (warn)', async () => {
    const report = await checkSnapshot(machine('sage-healthy'), { syncAppLocation: 'RECEPTION-PC.office.local', autoentryPaths: ['C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000'] });
    expect(codes(report)).toContain('syncapp.location-mismatch');
    expect(report.status).toBe('warn');
  });

  it('another computer as the location while it does not run here is elsewhere (info), not an error', async () => {
    const m = withSyncApp((m) => {
      m.processes = m.processes.filter((p) => !p.name.includes('AutoEntry'));
    });
    const report = await checkSnapshot(m, { syncAppLocation: 'SERVER01', autoentryPaths: ['C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000'] });
    expect(codes(report)).toContain('syncapp.elsewhere');
    expect(codes(report)).not.toContain('syncapp.not-running');
    expect(report.status).toBe('ok');
  });

  it('custom Sync App name patterns from settings are honoured', async () => {
    const m = withSyncApp((m) => {
      m.processes = m.processes.filter((p) => !p.name.includes('AutoEntry'));
      m.processes.push({ pid: 9, name: 'AESync.exe', sessionId: 1 });
    });
    expect(codes(await checkSnapshot(m, { syncAppPatterns: ['AESync'] }))).toContain('syncapp.running');
  });
});
