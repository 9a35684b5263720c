import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runScanCommand } from '../../src-main/cli/scan-command.js';
import { ScanResultSchema } from '../../src-main/scan/scan-result.js';
import { fakeCliIo } from '../hosts/support/fake-cli-io.js';

describe('sync-doctor scan', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sd-scancli-'));
    mkdirSync(join(root, 'Company.000', 'ACCDATA'), { recursive: true });
    writeFileSync(join(root, 'Company.000', 'ACCDATA', 'SETUP.DTA'), 'x');
    writeFileSync(join(root, 'Shop.QBW'), 'x');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('prints exactly the scan@1 JSON with --json', async () => {
    const io = fakeCliIo();
    expect(await runScanCommand([root, join(root, 'missing'), '--json'], io)).toBe(0);
    const printed = JSON.parse(io.out());
    expect(Object.keys(printed)).toEqual(['format', 'found', 'skipped']);
    expect(ScanResultSchema.strict().parse(printed)).toEqual({
      format: 'sync-doctor/scan@1',
      found: [
        { kind: 'sage-dataset', path: join(root, 'Company.000'), modified: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
        { kind: 'quickbooks-company', path: join(root, 'Shop.QBW'), modified: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
      ],
      skipped: [{ path: join(root, 'missing'), reason: 'missing' }],
    });
    for (const found of printed.found) expect(Object.keys(found)).toEqual(['kind', 'path', 'modified']);
    expect(io.err()).toBe('');
  });

  it('lists what it found for people', async () => {
    const io = fakeCliIo();
    expect(await runScanCommand([root], io)).toBe(0);
    expect(io.out()).toContain('Sage 50 datasets: 1');
    expect(io.out()).toContain(join(root, 'Company.000'));
    expect(io.out()).toContain('QuickBooks company files: 1');
    expect(io.out()).toContain(join(root, 'Shop.QBW'));
  });

  it('shows progress on stderr only when stderr is a terminal', async () => {
    const tty = fakeCliIo({ stderrIsTTY: true });
    await runScanCommand([root, '--json'], tty);
    expect(() => JSON.parse(tty.out())).not.toThrow();
    expect(tty.err()).toContain('Searching: ');
    const plain = fakeCliIo();
    await runScanCommand([root], plain);
    expect(plain.err()).toBe('');
  });

  it('ends with exit 3 on bad arguments', async () => {
    for (const argv of [[], ['--bogus', root], [root, '--timeout', '0'], [root, '--timeout', 'x']]) {
      const io = fakeCliIo();
      expect(await runScanCommand(argv, io)).toBe(3);
      expect(io.err()).toMatch(/^sync-doctor: /);
    }
  });
});
