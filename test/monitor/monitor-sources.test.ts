import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createPosixHost } from '../../src-main/host/posix/posix-host.js';
import { loadSnapshotHost } from '../../src-main/host/snapshot/host-for-snapshot.js';
import { windowsSessionControls } from '../../src-main/host/windows/session/session-controls.js';
import { createWindowsSessionHost } from '../../src-main/host/windows/session/windows-session-host.js';
import { followSnapshotFile, followThisComputer } from '../../src-main/monitor/monitor-sources.js';
import { fakePowerShell } from '../hosts/support/fake-powershell.js';

// What the monitor follows: a snapshot file (watched itself, re-read when edited, its paths
// another computer's), or this computer (new Sync App processes from /proc, or from the
// Windows PowerShell session, told to ask narrowly from now on).
const dir = mkdtempSync(join(tmpdir(), 'sd-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MACHINE = new URL('../fixtures/machines/sage-healthy.json', import.meta.url).pathname;

describe('following a snapshot file', () => {
  it('watches the file itself, none of the paths inside, raises no alarm, and re-reads the file only once edited', async () => {
    const file = join(dir, 'machine.json');
    copyFileSync(MACHINE, file);
    const loaded = await loadSnapshotHost(file);
    if (!loaded.ok) throw new Error(loaded.message);
    const options = followSnapshotFile(file, loaded.host);
    expect(options.alwaysWatch).toEqual([{ path: file, polling: false }]);
    expect(options.watchPaths?.(undefined, { autoentryPaths: ['C:\\x'], syncAppPatterns: [] })).toEqual([]);
    expect(options.alarm).toBe(false);
    expect(await options.refreshHost!()).toBe(loaded.host);
    writeFileSync(file, `${JSON.stringify(loaded.snapshot)}\n\n`);
    const again = await options.refreshHost!();
    expect(again).not.toBe(loaded.host);
    writeFileSync(file, '{ not a snapshot');
    await expect(options.refreshHost!()).rejects.toThrow();
  });
});

describe('following this computer', () => {
  it('without /proc and without a PowerShell session: nothing besides the full checks', () => {
    expect(followThisComputer(['AutoEntry'], join(dir, 'no-proc'))).toEqual({});
    expect(followThisComputer(['AutoEntry'], join(dir, 'no-proc'), createPosixHost())).toEqual({});
  });

  it.runIf(existsSync('/proc/self/stat'))('on Linux, asks /proc for new processes, without being told where it is', () => {
    expect(typeof followThisComputer(['AutoEntry']).processStarts).toBe('function');
  });

  it('on Windows, asks the session narrowly from now on, and takes new processes and exits from it', () => {
    const fake = fakePowerShell();
    const host = createWindowsSessionHost({ env: { SystemRoot: 'C:\\Windows' }, spawn: fake.spawn });
    const controls = windowsSessionControls(host)!;
    const narrowTo = vi.spyOn(controls, 'narrowTo');
    const options = followThisComputer(['AutoEntry', 'Sync'], join(dir, 'no-proc'), host);
    expect(narrowTo).toHaveBeenCalledWith(['AutoEntry', 'Sync']);
    expect(typeof options.processStarts).toBe('function');
    expect(options.processExits).toBe(controls.processExits);
    controls.session.close();
  });
});
