import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writesUnder } from '../support/strace-writes.js';

/**
 * The read-only guarantee, checked on the real binary: `check`, `scan` and `watch` over a real
 * dataset tree are traced with strace, and any write, create, rename, delete, truncate or lock
 * under the tree fails the test.
 */
const hasStrace = spawnSync('strace', ['-V']).status === 0;
if (!hasStrace && process.env['CI']) throw new Error('strace is missing: .ci/run installs it for the read-only test.');

const work = mkdtempSync(join(tmpdir(), 'sd-ro-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const data = join(work, 'accounts');
const bin = fileURLToPath(new URL('../../bin/sync-doctor.js', import.meta.url));
const env = { ...process.env, SYNC_DOCTOR_CONFIG_DIR: join(work, 'cfg'), SYNC_DOCTOR_LOG_DIR: join(work, 'log') };

function makeTree(): void {
  for (const company of ['Company.000', 'Company.001']) {
    mkdirSync(join(data, 'Sage', company, 'ACCDATA'), { recursive: true });
    for (const f of ['SETUP.DTA', 'SALES.DTA', 'NOMINAL.DTA']) writeFileSync(join(data, 'Sage', company, 'ACCDATA', f), Buffer.alloc(4096, 7));
  }
  mkdirSync(join(data, 'QB'), { recursive: true });
  writeFileSync(join(data, 'QB', 'Harbour Cafe.QBW'), Buffer.alloc(8192, 1));
  writeFileSync(join(data, 'QB', 'Harbour Cafe.QBW.ND'), '[NetConnect]\r\nEngineName=QB_FILESRV_34\r\nServerMode=1\r\n');
}
makeTree();
const checkArgs = ['--autoentry-path', join(data, 'Sage', 'Company.000'), '--autoentry-path', join(data, 'QB', 'Harbour Cafe.QBW'), '--autoentry-path', join(data, 'Sage', 'Company.001', 'ACCDATA')];

function traced(args: string[]): { log: string; status: number | null } {
  const logFile = join(work, `strace-${args[0]}.log`);
  const run = spawnSync('strace', ['-f', '-qq', '-o', logFile, process.execPath, bin, ...args], { env, encoding: 'utf8', timeout: 60_000 });
  return { log: readFileSync(logFile, 'utf8'), status: run.status };
}

describe.skipIf(!hasStrace)('read-only over a real dataset tree (strace)', () => {
  it('the tracer sees writes where there are some (the check of the check)', () => {
    const logFile = join(work, 'strace-self.log');
    execFileSync('strace', ['-f', '-qq', '-o', logFile, 'sh', '-c', `echo x > "${join(data, 'Sage', 'probe.txt')}"; rm "${join(data, 'Sage', 'probe.txt')}"`]);
    expect(writesUnder(readFileSync(logFile, 'utf8'), data).length).toBeGreaterThanOrEqual(2);
  });

  it('check writes nothing under the data', () => {
    const { log, status } = traced(['check', ...checkArgs, '--json']);
    expect([0, 1, 2]).toContain(status);
    expect(log).toContain('SETUP.DTA');
    expect(writesUnder(log, data)).toEqual([]);
  });

  it('scan writes nothing under the data', () => {
    const { log, status } = traced(['scan', data, '--json']);
    expect(status).toBe(0);
    expect(writesUnder(log, data)).toEqual([]);
  });

  it('watch writes nothing under the data', async () => {
    // Watch runs until its first report is out, watches 3 s more, then gets Ctrl+C (SIGINT),
    // timed from that report, not from the start: under strace on a busy machine a Node
    // start alone can take several seconds. `timeout` is its parent, and passes the SIGINT on.
    const logFile = join(work, 'strace-watch.log');
    const tracer = spawn('strace', ['-f', '-qq', '-o', logFile, 'timeout', '-k', '10', '-s', 'INT', '120', process.execPath, bin, 'watch', ...checkArgs, '--json'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise((resolve) => tracer.on('exit', resolve));
    let stdout = '';
    const firstReport = new Promise<void>((resolve) =>
      tracer.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('"type":"report"')) resolve();
      }),
    );
    await Promise.race([firstReport, exited]);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const [timeoutPid] = readFileSync(`/proc/${tracer.pid}/task/${tracer.pid}/children`, 'utf8').trim().split(' ').map(Number);
    if (timeoutPid) process.kill(timeoutPid, 'SIGINT');
    await exited;
    expect(stdout).toContain('"type":"report"');
    expect(writesUnder(readFileSync(logFile, 'utf8'), data)).toEqual([]);
  }, 180_000);
});
