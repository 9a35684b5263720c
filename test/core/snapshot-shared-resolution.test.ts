import { describe, expect, it } from 'vitest';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import { MachineSnapshotSchema } from '../../src-shared/model/machine-snapshot-schema.js';

/**
 * Handed-over snapshots (an office's PCs) share the paths they resolve when their drives and
 * links are the same. A PC whose S: is mapped elsewhere, or which has a link the others do not,
 * must still get its own answers, in whichever order the PCs come.
 */
const pc = (name: string, remote: string, links?: Record<string, string>) =>
  MachineSnapshotSchema.parse({
    format: 'sync-doctor/machine@1',
    capturedAt: '2026-11-20T09:30:00Z',
    host: { computerName: name, userName: 'jane' },
    drives: { 'C:': { kind: 'fixed' }, 'S:': { kind: 'network', remote } },
    files: { [`${remote}\\Sage\\Company.000\\ACCDATA\\SETUP.DTA`]: { size: 1 }, 'C:\\Data\\Real\\SETUP.DTA': { size: 1 } },
    ...(links && { links }),
  });

async function realPaths(snapshot: ReturnType<typeof pc>, handedOver: boolean): Promise<string[]> {
  const host = createSnapshotHost(snapshot, undefined, { handedOver });
  const answers = await Promise.all(['S:\\Sage\\Company.000\\ACCDATA\\SETUP.DTA', 'C:\\Link\\SETUP.DTA', 's:\\sage\\company.000'].map((p) => host.realPath(p)));
  return answers.map((a) => (a.ok ? a.value : `${a.error.kind}`));
}

describe('paths resolved once for the PCs of an office', () => {
  it('gives each PC the answers of its own drives and links, as a host that resolves alone would', async () => {
    const pcs = [
      pc('PC1', '\\\\FILESRV\\Accounts'),
      pc('PC2', '\\\\OTHER\\Share'),
      pc('PC3', '\\\\FILESRV\\Accounts', { 'C:\\Link': 'C:\\Data\\Real' }),
      pc('PC4', '\\\\FILESRV\\Accounts'),
      pc('PC5', '\\\\OTHER\\Share'),
    ];
    const shared: string[][] = [];
    for (const snapshot of pcs) shared.push(await realPaths(snapshot, true));
    const alone: string[][] = [];
    for (const snapshot of pcs) alone.push(await realPaths(structuredClone(snapshot), false));
    expect(shared).toEqual(alone);
    expect(shared[1]![0]).toBe('\\\\OTHER\\Share\\Sage\\Company.000\\ACCDATA\\SETUP.DTA');
    expect(shared[2]![1]).toBe('C:\\Data\\Real\\SETUP.DTA');
    expect(shared[3]![1]).toBe('missing');
  });
});

describe('how long a look-up below a slow path stalls', () => {
  it('is the largest stall of the slow paths above it, and 0 below none', async () => {
    const { buildSnapshotIndex } = await import('../../src-main/host/snapshot/snapshot-index.js');
    const snapshot = MachineSnapshotSchema.parse({
      format: 'sync-doctor/machine@1',
      capturedAt: '2026-11-20T09:30:00Z',
      host: { computerName: 'PC1', userName: 'jane' },
      slow: { '\\\\NAS\\Share\\a': 30, '\\\\NAS\\Share\\a\\b': 20, '\\\\nas\\share\\A\\B\\c': 70, '\\\\NAS\\Share\\other': 500, '\\\\NAS\\Share\\zero': 0 },
    });
    const index = buildSnapshotIndex(snapshot);
    const stall = (p: string) => index.stallBelow(index.resolve(p)!.path);
    expect([stall('\\\\NAS\\Share\\a\\b\\x'), stall('\\\\NAS\\Share\\a\\b\\c\\d'), stall('\\\\NAS\\Share\\a'), stall('\\\\NAS\\Share\\x'), stall('\\\\NAS\\Share\\zero\\y')]).toEqual([30, 70, 30, 0, 0]);
  });
});
