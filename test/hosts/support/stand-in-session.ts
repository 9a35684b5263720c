import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledFile } from '../../../src-main/package-root.js';
import type { CommandRequest, CommandRunner } from '../../../src-main/host/node/command-runner.js';
import { spawnSessionChild, type SessionSpawner } from '../../../src-main/host/windows/session/session-process.js';
import { createWindowsSessionHost, type WindowsSessionHostOptions } from '../../../src-main/host/windows/session/windows-session-host.js';
import { officePcInventory, type OfficePcInventory } from '../../support/office-pc-inventory.js';

// From the package root, so that the bench (compiled to dist/) finds it too.
const STAND_IN = bundledFile('test', 'fixtures', 'windows', 'stand-in-powershell.mjs');

/**
 * A Windows session host whose PowerShell is the stand-in (a Node script speaking the same
 * protocol), with every process it starts recorded: session starts by the spawner, one-shot
 * PowerShell and console tools by the command runner (which answers "not found", as on a PC
 * where they are blocked, unless `runner` is given).
 */
type StandInMode = 'normal' | 'hang' | 'crash-mid-answer' | 'refuse' | 'constrained' | 'slow-start';

/** `mode`: how the stand-in meets its first start (the host starts its session at once, when it is made). */
export function standInSessionHost(options: Partial<WindowsSessionHostOptions> & { inventory?: OfficePcInventory; mode?: StandInMode } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'sd-standin-'));
  const files = { inventory: join(dir, 'inventory.json'), mode: join(dir, 'mode'), log: join(dir, 'requests.ndjson') };
  const setInventory = (inventory: OfficePcInventory) => writeFileSync(files.inventory, JSON.stringify(inventory));
  const setMode = (mode: StandInMode) => writeFileSync(files.mode, mode);
  setInventory(options.inventory ?? officePcInventory());
  setMode(options.mode ?? 'normal');

  const sessionStarts: Array<{ at: number; command: string }> = [];
  const commands: CommandRequest[] = [];
  const childEnv = { ...process.env, SD_STANDIN_INVENTORY: files.inventory, SD_STANDIN_MODE_FILE: files.mode, SD_STANDIN_LOG: files.log };
  // Started as powershell.exe would be; the stand-in runs instead (its arguments are the script's, unused).
  const spawn: SessionSpawner = (command) => {
    sessionStarts.push({ at: Date.now(), command });
    return spawnSessionChild(process.execPath, [STAND_IN], childEnv);
  };
  const notFound: CommandRunner = async (request) => ({ ran: false, reason: 'not-found', message: `${request.command} was not found` });
  const inner = options.runner ?? notFound;
  const runner: CommandRunner = (request) => {
    commands.push(request);
    return inner(request);
  };
  const host = createWindowsSessionHost({
    env: { SystemRoot: 'C:\\Windows', COMPUTERNAME: 'OFFICE-PC1', USERNAME: 'bookkeeper' },
    startDeadlineMs: 15_000,
    requestDeadlineMs: 10_000,
    restartGapMs: 0,
    ...options,
    spawn,
    runner,
  });
  return { host, files, setInventory, setMode, sessionStarts, commands, processesStarted: () => sessionStarts.length + commands.length };
}
