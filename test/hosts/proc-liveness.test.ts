import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { procLiveness } from '../../src-main/host/posix/proc-liveness.js';

const linux = process.platform === 'linux';
const openFiles = (): number => readdirSync('/proc/self/fd').length;

describe('liveness from a kept /proc/<pid>/stat', () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
  });

  it('reads the state after the last ")" — a name with brackets and spaces does not fool it — and a zombie or dead process has ended', () => {
    const proc = mkdtempSync(join(tmpdir(), 'sd-proc-liveness-'));
    const line = (pid: number, name: string, state: string) => {
      mkdirSync(join(proc, String(pid)), { recursive: true });
      writeFileSync(join(proc, String(pid), 'stat'), `${pid} (${name}) ${state} 1 4242 4242 0 -1 4194560 ${'0 '.repeat(40)}\n`);
    };
    line(4242, 'AutoEntry) Z (x', 'S');
    line(4243, 'AutoEntry.Sync', 'Z');
    line(4244, 'AutoEntry.Sync', 'X');
    line(4245, 'AutoEntry.Sync', 'R');
    const alive = procLiveness(proc);
    expect(alive(4242)).toBe(true);
    expect(alive(4243)).toBe(false);
    expect(alive(4244)).toBe(false);
    expect(alive(4245)).toBe(true);
    expect(alive(4246)).toBe(false); // no /proc/4246 at all
    // Asked again, the kept file is read afresh (offset 0), not the answer remembered.
    line(4245, 'AutoEntry.Sync', 'Z');
    expect(alive(4245)).toBe(false);
    mkdirSync(join(proc, '4247'));
    expect(alive(4247)).toBeUndefined(); // /proc/4247 is there but says nothing
    rmSync(proc, { recursive: true, force: true });
  });

  it.runIf(linux)('follows a real process: running, then gone once it has ended', async () => {
    const child = spawn('sleep', ['100'], { stdio: 'ignore' });
    children.push(child);
    const alive = procLiveness('/proc');
    expect(alive(child.pid!)).toBe(true);
    expect(alive(child.pid!)).toBe(true);
    child.kill('SIGKILL');
    await once(child, 'exit');
    expect(alive(child.pid!)).toBe(false);
  });

  it.runIf(linux)('sees a zombie (ended, not yet reaped by its parent) as ended', async () => {
    // The shell starts a short `sleep` in the background and becomes `sleep 100`, which never reaps it.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 100'], { stdio: ['ignore', 'pipe', 'ignore'] });
    children.push(parent);
    const [chunk] = (await once(parent.stdout!, 'data')) as [Buffer];
    const zombie = Number(chunk.toString().trim());
    const alive = procLiveness('/proc');
    for (let looks = 0; looks < 10_000 && readFileSync(`/proc/${zombie}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z'; looks += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(readFileSync(`/proc/${zombie}/stat`, 'utf8').split(') ')[1]?.[0]).toBe('Z');
    expect(alive(zombie)).toBe(false);
  });

  it.runIf(linux)('keeps at most 16 files open, however many processes it is asked about', () => {
    const pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number).slice(0, 40);
    const alive = procLiveness('/proc');
    const before = openFiles();
    for (const pid of pids) alive(pid);
    for (const pid of pids) alive(pid);
    expect(openFiles() - before).toBeLessThanOrEqual(16);
    expect(openFiles() - before).toBeGreaterThan(0); // it does keep them: the next question is one read
  });
});
