import { describe, expect, it } from 'vitest';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import { MachineSnapshotSchema } from '../../src-shared/model/machine-snapshot-schema.js';
import { PROBE_REGISTRY_ROOTS } from '../../src-shared/model/registry-roots.js';

const snapshotOf = () =>
  MachineSnapshotSchema.parse({
    format: 'sync-doctor/machine@1',
    capturedAt: '2026-11-20T09:30:00Z',
    host: { computerName: 'PC1', userName: 'jane' },
    processes: [{ pid: 4, name: 'System' }, { pid: 100, name: 'AutoEntry.Sync.exe', path: 'C:\\Program Files\\AutoEntry\\AutoEntry.Sync.exe' }],
    services: [{ name: 'Sage 50 Accounts Data Service', state: 'running' }],
    registry: {
      'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Sage': { DisplayName: 'Sage 50 Accounts', DisplayVersion: '31.0' },
      'hklm\\software\\sage\\line 50': { DataPath: 'S:\\Sage' },
      'HKLM\\SOFTWARE\\Other\\Thing': { Name: 'not asked for' },
    },
  });

const answers = async (handedOver: boolean) => {
  const snapshot = snapshotOf();
  const host = createSnapshotHost(snapshot, undefined, { handedOver });
  const [processes, services, registry] = await Promise.all([host.processes(), host.services(), host.registry(PROBE_REGISTRY_ROOTS)]);
  if (!processes.ok || !services.ok || !registry.ok) throw new Error('the snapshot host failed');
  return { snapshot, processes: processes.value, services: services.value, registry: registry.value };
};

describe('a snapshot handed over to its host', () => {
  it('answers the same processes, services and registry keys as a host that copies', async () => {
    const copied = await answers(false);
    const shared = await answers(true);
    expect(shared.processes).toEqual(copied.processes);
    expect(shared.services).toEqual(copied.services);
    expect(shared.registry).toEqual(copied.registry);
    expect(shared.registry.map((k) => k.key)).toEqual(['HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Sage', 'hklm\\software\\sage\\line 50']);
  });

  it('answers with the snapshot\'s own objects only when handed over; otherwise a caller cannot change the snapshot', async () => {
    const copied = await answers(false);
    copied.processes[0]!.name = 'changed';
    copied.services[0]!.state = 'stopped';
    copied.registry[0]!.values.DisplayName = 'changed';
    expect(copied.snapshot.processes[0]!.name).toBe('System');
    expect(copied.snapshot.services[0]!.state).toBe('running');
    expect(copied.snapshot.registry['HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Sage']!.DisplayName).toBe('Sage 50 Accounts');

    const shared = await answers(true);
    expect(shared.processes).toBe(shared.snapshot.processes);
    expect(shared.services).toBe(shared.snapshot.services);
    expect(shared.registry[0]!.values).toBe(shared.snapshot.registry['HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Sage']);
  });
});
