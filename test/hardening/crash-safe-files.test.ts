import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createHistoryLog } from '../../src-main/history/history-log.js';
import { openSettingsStore } from '../../src-main/settings/settings-store.js';

/**
 * Crash safety: a process saving settings and appending history is killed with SIGKILL at
 * different moments; afterwards the settings file is whole (never "corrupt"), holds the last
 * save or a later one, and the history holds every event reported as saved.
 */
const work = mkdtempSync(join(tmpdir(), 'sd-crash-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const writer = fileURLToPath(new URL('../fixtures/scripts/write-forever.mjs', import.meta.url));

/** Generous: a Node start on a busy shared 2-core machine can take seconds. */
const FIRST_SAVE_DEADLINE_MS = 20_000;

/**
 * Starts the writer, waits for its first reported save (however long the Node start takes),
 * then lets it run `afterMs` more before SIGKILL: the moment of the kill is timed from the
 * first save, never from the spawn.
 */
async function runAndKill(configDir: string, historyDir: string, afterMs: number): Promise<number> {
  const child = spawn(process.execPath, [writer, dist, configDir, historyDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  let lastSaved = 0;
  let buffer = '';
  let firstSave: () => void = () => {};
  const firstSaved = new Promise<void>((resolve) => (firstSave = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    for (const m of buffer.matchAll(/saved (\d+)\n/g)) lastSaved = Number(m[1]);
    if (lastSaved > 0) firstSave();
  });
  const gaveUp = new Promise<'gave up'>((resolve) => setTimeout(() => resolve('gave up'), FIRST_SAVE_DEADLINE_MS).unref());
  const started = await Promise.race([firstSaved.then(() => 'saved' as const), exited.then(() => 'exited' as const), gaveUp]);
  if (started === 'saved') await new Promise((resolve) => setTimeout(resolve, afterMs));
  child.kill('SIGKILL');
  await exited;
  return lastSaved;
}

describe('crash-safe settings and history', () => {
  for (const afterMs of [400, 700, 1100]) {
    it(`a kill -9 ${afterMs} ms after the first save loses nothing already saved`, async () => {
      const configDir = join(work, `cfg-${afterMs}`);
      const historyDir = join(work, `hist-${afterMs}`);
      const lastSaved = await runAndKill(configDir, historyDir, afterMs);
      expect(lastSaved).toBeGreaterThan(0);

      const store = openSettingsStore({ directory: configDir });
      expect(store.notice).toBeUndefined();
      const savedId = Number(store.get().companies[0]?.id);
      // The last save reported as done is there, or the one after it (done but not yet reported).
      expect(savedId === lastSaved || savedId === lastSaved + 1).toBe(true);

      const view = await createHistoryLog({ dir: historyDir, maxBytes: 64 * 1024 }).query('24h');
      const numbers = new Set(view.events.map((e) => Number(/event (\d+)/.exec(e.detail ?? '')?.[1])));
      // Rotation keeps a bounded number of files; every event since the oldest kept one is whole.
      const oldest = Math.min(...numbers);
      for (let n = Math.max(oldest, 1); n <= lastSaved; n++) expect(numbers.has(n), `event ${n}`).toBe(true);
      expect(numbers.has(lastSaved)).toBe(true);
    }, 60_000);
  }
});
