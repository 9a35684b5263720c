import { describe, expect, it } from 'vitest';
import type { MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import { collectSnapshot } from '../../src-main/collect/collect-snapshot.js';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import { checkSnapshot, findingOf, machine } from '../support/check-machine.js';

/**
 * File and folder names compare as Windows compares them (src-shared/winpath/win-case.ts), not
 * with JavaScript's toLowerCase: KELVIN SIGN (U+212A) lower-cases to "k", yet on Windows
 * "\u212Aestrel.QBW" and "Kestrel.QBW" are two different files.
 */
const KELVIN = '\u212A';

function quickBooksPc(recent: string): MachineSnapshot {
  const pc = machine('quickbooks-sync-app-stopped');
  const ini = 'C:\\Users\\sam\\AppData\\Local\\Intuit\\QuickBooks 2024\\QBWUSER.INI';
  pc.files[ini] = { ...pc.files[ini]!, text: `[QBW]\r\nLASTUSER=Admin\r\n[MRUFILES_STANDARD_STRATUM]\r\nFILE1=${recent}\r\n` };
  pc.files['C:\\Books\\Kestrel.QBW'] = { size: 4096, mtime: '2026-11-20T09:00:00Z' };
  pc.files[recent] = { size: 4096, mtime: '2026-11-20T09:00:00Z' };
  return pc;
}

function sagePc(configured: string): MachineSnapshot {
  const pc = machine('sage-healthy');
  pc.files['C:\\ProgramData\\Sage\\Accounts\\2025\\COMPANY'] = { text: 'C:\\SageData\\Kestrel\r\nC:\\SageData\\Harbour\r\n', mtime: '2025-04-02T08:00:00Z' };
  for (const dataset of ['C:\\SageData\\Kestrel', 'C:\\SageData\\Harbour', configured]) {
    pc.files[`${dataset}\\ACCDATA\\SETUP.DTA`] = { size: 65536, mtime: '2026-11-20T09:10:00Z' };
  }
  return pc;
}

describe('Windows names in the path verdicts', () => {
  it('QuickBooks: a recently opened file whose name differs only by a Kelvin sign is another file, not the same name', async () => {
    const report = await checkSnapshot(quickBooksPc(`C:\\Old\\${KELVIN}estrel.QBW`), { autoentryPaths: ['C:\\Books\\Kestrel.QBW'] });
    const verdict = findingOf(report, 'path.match', 'C:\\Books\\Kestrel.QBW');
    expect(verdict.inUsePath).toBeUndefined();
    expect(report.findings.some((f) => f.code === 'path.mismatch' || f.code === 'path.ambiguous')).toBe(false);
  });

  it('QuickBooks: the same name in another case is still the same name (the older copy is found)', async () => {
    const report = await checkSnapshot(quickBooksPc('C:\\Old\\KESTREL.qbw'), { autoentryPaths: ['C:\\Books\\Kestrel.QBW'] });
    expect(findingOf(report, 'path.mismatch', 'C:\\Books\\Kestrel.QBW').suggestedPath).toBe('C:\\Old\\KESTREL.qbw');
  });

  it('Sage: no dataset is suggested for a folder named with a Kelvin sign, one is for the same name in another case', async () => {
    const kelvin = `C:\\Backup\\${KELVIN}estrel`;
    const odd = findingOf(await checkSnapshot(sagePc(kelvin), { autoentryPaths: [kelvin] }), 'path.mismatch', kelvin);
    expect(odd.suggestedPath).toBeUndefined();
    const plain = 'C:\\Backup\\KESTREL';
    const same = findingOf(await checkSnapshot(sagePc(plain), { autoentryPaths: [plain] }), 'path.mismatch', plain);
    expect(same.suggestedPath).toBe('C:\\SageData\\Kestrel');
  });

  it('a support bundle keeps two files whose names differ only by a Kelvin sign apart', async () => {
    const recent = `C:\\Old\\${KELVIN}estrel.QBW`;
    const pc = quickBooksPc(recent);
    pc.files['C:\\Old\\Kestrel.QBW'] = { size: 8192, mtime: '2026-11-19T09:00:00Z' };
    const bundle = await collectSnapshot(createSnapshotHost(pc), { autoentryPaths: ['C:\\Old\\Kestrel.QBW'], syncAppPatterns: ['AutoEntry'] }, { timeoutMs: 5000, redact: false });
    expect(bundle.files[recent]).toMatchObject({ size: 4096 });
    expect(bundle.files['C:\\Old\\Kestrel.QBW']).toMatchObject({ size: 8192 });
  });
});
