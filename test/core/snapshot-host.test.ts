import { describe, expect, it } from 'vitest';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import { withDeadlines } from '../../src-main/host/with-deadlines.js';
import { MachineSnapshotSchema } from '../../src-shared/model/machine-snapshot-schema.js';

const snapshot = MachineSnapshotSchema.parse({
  format: 'sync-doctor/machine@1',
  capturedAt: '2026-11-20T09:30:00Z',
  host: { computerName: 'PC1', userName: 'jane' },
  drives: { 'C:': { kind: 'fixed' }, 'S:': { kind: 'network', remote: '\\\\FILESRV\\Accounts' }, 'T:': { kind: 'network', remote: '\\\\OLDNAS\\sage' } },
  shares: { '\\\\OLDNAS\\sage': { reachable: false } },
  files: {
    'S:\\Sage\\COMPANY': { text: 'hello', mtime: '2025-01-01T00:00:00Z' },
    '\\\\filesrv\\accounts\\Sage\\Big.DTA': { size: 123456 },
    'C:\\Data\\bytes.bin': { base64: Buffer.from([1, 2, 3]).toString('base64') },
    'C:\\Data\\uncaptured.QBW': {},
    'C:\\Locked\\secret.txt': { text: 'x' },
    '\\\\FILESRV\\Accounts\\Data\\f.txt': { text: 'via link' },
    'C:\\ProgramData\\Sage\\Accounts\\2025\\COMPANY': { text: 'c' },
    '\\\\SLOWNAS\\sage\\x.txt': { text: 'slow' },
  },
  dirs: ['C:\\Empty Folder'],
  links: { 'C:\\PROGRA~3': 'C:\\ProgramData', 'D:\\Data': '\\\\FILESRV\\Accounts\\Data' },
  denied: ['C:\\Locked'],
  slow: { '\\\\SLOWNAS\\sage': 400 },
  registry: { 'HKLM\\SOFTWARE\\Intuit\\QuickBooks\\34.0': { InstallPath: 'C:\\QB' }, 'HKLM\\SOFTWARE\\Other': { a: 1 } },
});
const host = createSnapshotHost(snapshot);

describe('the snapshot host follows the snapshot spec', () => {
  it('finds a file by any spelling: mapped drive or UNC, any case', async () => {
    for (const p of ['S:\\Sage\\COMPANY', '\\\\FILESRV\\Accounts\\Sage\\company', 's:/sage/company']) {
      const r = await host.stat(p);
      expect(r.ok && r.value).toEqual({ kind: 'file', size: 5, mtime: '2025-01-01T00:00:00Z' });
    }
  });

  it('size and mtime default from the content and capturedAt', async () => {
    const r = await host.stat('C:\\Data\\bytes.bin');
    expect(r.ok && r.value).toEqual({ kind: 'file', size: 3, mtime: '2026-11-20T09:30:00Z' });
    const bytes = await host.readFile('C:\\Data\\bytes.bin', 100);
    expect(bytes.ok && [...bytes.value]).toEqual([1, 2, 3]);
  });

  it('implies every ancestor folder and lists children with their kinds', async () => {
    const r = await host.list('S:\\');
    expect(r.ok && [...r.value].sort((a, b) => a.name.localeCompare(b.name))).toEqual([{ name: 'Data', kind: 'dir' }, { name: 'Sage', kind: 'dir' }]);
    const sage = await host.list('\\\\FILESRV\\Accounts\\Sage');
    expect(sage.ok && sage.value.map((e) => e.name).sort()).toEqual(['Big.DTA', 'COMPANY']);
    expect((await host.stat('C:\\Empty Folder')).ok).toBe(true);
  });

  it('tells missing from unreachable from denied', async () => {
    const missing = await host.stat('C:\\Nope');
    const offline = await host.stat('T:\\Company.000');
    const offlineUnc = await host.stat('\\\\oldnas\\SAGE\\x');
    const denied = await host.readFile('C:\\Locked\\secret.txt', 100);
    expect(!missing.ok && missing.error.kind).toBe('missing');
    expect(!offline.ok && offline.error.kind).toBe('unreachable');
    expect(!offlineUnc.ok && offlineUnc.error.kind).toBe('unreachable');
    expect(!denied.ok && denied.error.kind).toBe('denied');
  });

  it('resolves links and 8.3 names', async () => {
    const viaJunction = await host.readFile('D:\\Data\\f.txt', 100);
    expect(viaJunction.ok && Buffer.from(viaJunction.value).toString()).toBe('via link');
    const short = await host.realPath('C:\\PROGRA~3\\Sage\\Accounts\\2025\\COMPANY');
    expect(short.ok && short.value).toBe('C:\\ProgramData\\Sage\\Accounts\\2025\\COMPANY');
    const real = await host.realPath('s:\\sage');
    expect(real.ok && real.value).toBe('\\\\FILESRV\\Accounts\\sage');
  });

  it('refuses content it does not hold, and content larger than asked for', async () => {
    const none = await host.readFile('C:\\Data\\uncaptured.QBW', 100);
    const big = await host.readFile('S:\\Sage\\COMPANY', 2);
    expect(!none.ok && none.error.kind).toBe('unsupported');
    expect(!big.ok && big.error.kind).toBe('too-large');
  });

  it('a slow path really stalls, and a deadline cuts it short', async () => {
    const started = Date.now();
    const slow = await host.readFile('\\\\SLOWNAS\\sage\\x.txt', 100);
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
    expect(slow.ok).toBe(true);
    const cut = await withDeadlines(host, 50).stat('\\\\SLOWNAS\\sage\\x.txt');
    expect(!cut.ok && cut.error.kind).toBe('timeout');
  });

  it('answers registry keys at or below a root, case-insensitively', async () => {
    const r = await host.registry(['hklm\\software\\intuit']);
    expect(r.ok && r.value.map((k) => k.key)).toEqual(['HKLM\\SOFTWARE\\Intuit\\QuickBooks\\34.0']);
  });

  it('its clock is the snapshot\'s capturedAt', () => {
    expect(host.now().toISOString()).toBe('2026-11-20T09:30:00.000Z');
  });
});
