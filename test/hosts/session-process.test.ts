import { describe, expect, it } from 'vitest';
import { spawnSessionChild, type SessionChild } from '../../src-main/host/windows/session/session-process.js';

// The session's child process, with a real program (Node) standing in for PowerShell: lines in,
// lines out (split however the pipe delivers them), one end, a kill that ends it.
function collect(child: SessionChild) {
  const lines: string[] = [];
  const ends: Array<Error | undefined> = [];
  child.onLine((line) => void lines.push(line));
  const ended = new Promise<void>((resolve) => {
    child.onEnd((error) => {
      ends.push(error);
      resolve();
    });
  });
  return { lines, ends, ended };
}

const node = (source: string) => spawnSessionChild(process.execPath, ['-e', source]);

describe('the session child process', () => {
  it('splits stdout into lines however it arrives, dropping each CR before LF, and keeps an unfinished line back', async () => {
    const child = node(String.raw`process.stdout.write('one\r\ntw'); setTimeout(() => process.stdout.write('o\nthree\n\nfour'), 30);`);
    const { lines, ends, ended } = collect(child);
    await ended;
    expect(lines).toEqual(['one', 'two', 'three', '']);
    expect(ends).toEqual([undefined]);
    expect(child.pid).toEqual(expect.any(Number));
  });

  it('writes to its stdin, and ends once when killed', async () => {
    const child = node(String.raw`process.stdin.setEncoding('utf8'); process.stdin.on('data', (t) => process.stdout.write('got ' + t));`);
    const { lines, ends, ended } = collect(child);
    child.write('ping\n');
    const deadline = Date.now() + 10_000;
    while (lines.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(lines).toEqual(['got ping']);
    child.kill();
    await ended;
    child.write('after the end\n');
    expect(ends).toEqual([undefined]);
  });

  it('a program that cannot start ends with its error, once', async () => {
    const child = spawnSessionChild('/nonexistent/powershell.exe', []);
    const { ends, ended } = collect(child);
    await ended;
    expect(ends).toHaveLength(1);
    expect(ends[0]).toBeInstanceOf(Error);
    expect((ends[0] as NodeJS.ErrnoException).code).toBe('ENOENT');
  });

  it('passes the environment it is given', async () => {
    const child = spawnSessionChild(process.execPath, ['-e', 'console.log(process.env.SD_SESSION_TEST)'], { ...process.env, SD_SESSION_TEST: 'given' });
    const { lines, ended } = collect(child);
    await ended;
    expect(lines).toEqual(['given']);
  });
});
