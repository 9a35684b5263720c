import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { spawnSessionChild, type SessionChild, type SpawnImpl } from '../../src-main/host/windows/session/session-process.js';

// How the session's child is spawned and read, with a recorded `spawn` standing in for Node's:
// the options PowerShell is started with (no window, no shell, stderr ignored), a start that
// throws (EPERM under AppLocker, UNKNOWN under Wine), one end however many events report it,
// bytes split anywhere, and a pipe that is gone.
interface Recorded {
  command: string;
  args: readonly string[];
  options: Record<string, unknown>;
}

function recordedSpawn(streams: { stdinUnref?: boolean } = {}) {
  const spawned: Recorded[] = [];
  const child = Object.assign(new EventEmitter(), {
    pid: 4242,
    stdin: Object.assign(new PassThrough(), streams.stdinUnref ? { unref: vi.fn() } : {}),
    stdout: new PassThrough(),
    unref: vi.fn(),
    kill: vi.fn(),
  });
  const spawn = ((command: string, args: readonly string[], options: Record<string, unknown>) => {
    spawned.push({ command, args, options });
    return child;
  }) as unknown as SpawnImpl;
  return { spawn, spawned, child };
}

function listen(child: SessionChild) {
  const lines: string[] = [];
  const ends: Array<Error | undefined> = [];
  child.onLine((line) => void lines.push(line));
  child.onEnd((error) => void ends.push(error));
  return { lines, ends };
}

const ENV = { SystemRoot: 'C:\\Windows' };

describe('the session child as spawned', () => {
  it('starts the program with its arguments, no window, stdin and stdout piped, stderr ignored, the environment given', () => {
    const { spawn, spawned } = recordedSpawn();
    const args = ['-NoProfile', '-Command', '-'];
    const child = spawnSessionChild('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', args, ENV, spawn);
    expect(spawned).toEqual([
      { command: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', args: ['-NoProfile', '-Command', '-'], options: { stdio: ['pipe', 'pipe', 'ignore'], windowsHide: true, env: ENV } },
    ]);
    expect(spawned[0]!.args).not.toBe(args);
    expect(child.pid).toBe(4242);
  });

  it('never keeps Node running by itself: the child and its pipes are unref\'d (where a pipe can be)', () => {
    const withUnref = recordedSpawn({ stdinUnref: true });
    spawnSessionChild('powershell.exe', [], ENV, withUnref.spawn);
    expect(withUnref.child.unref).toHaveBeenCalledTimes(1);
    expect((withUnref.child.stdin as unknown as { unref: () => void }).unref).toHaveBeenCalledTimes(1);
    // A pipe without unref (not a socket) is no reason to fail.
    const plain = recordedSpawn();
    expect(() => spawnSessionChild('powershell.exe', [], ENV, plain.spawn)).not.toThrow();
  });

  it('a spawn that throws (EPERM: blocked by AppLocker) is a child that ends at once with the reason, never an exception', async () => {
    const throwing = (() => {
      throw Object.assign(new Error('spawn EPERM'), { code: 'EPERM' });
    }) as unknown as SpawnImpl;
    const child = spawnSessionChild('powershell.exe', [], ENV, throwing);
    const { lines, ends } = listen(child);
    expect(child.pid).toBeUndefined();
    expect(() => child.write('{"id":1}\n')).not.toThrow();
    expect(() => child.kill()).not.toThrow();
    // Reported to the listener, after it was added (not while it is being added).
    expect(ends).toEqual([]);
    await Promise.resolve();
    expect(ends).toHaveLength(1);
    expect(ends[0]).toBeInstanceOf(Error);
    expect(ends[0]!.message).toBe('powershell.exe could not be started: spawn EPERM');
    expect(lines).toEqual([]);
  });

  it('ends once, with the error, when Node reports an error and then the exit', () => {
    const { spawn, child: node } = recordedSpawn();
    const child = spawnSessionChild('powershell.exe', [], ENV, spawn);
    const { ends } = listen(child);
    const error = Object.assign(new Error('spawn powershell.exe ENOENT'), { code: 'ENOENT' });
    node.emit('error', error);
    node.emit('exit', null, 'SIGKILL');
    expect(ends).toEqual([error]);
  });

  it('ends once, without an error, on its exit', () => {
    const { spawn, child: node } = recordedSpawn();
    const { ends } = listen(spawnSessionChild('powershell.exe', [], ENV, spawn));
    node.emit('exit', 0, null);
    node.emit('exit', 0, null);
    expect(ends).toEqual([undefined]);
  });

  it('reads UTF-8 split anywhere, even inside a character, and keeps a carriage return that does not end a line', () => {
    const { spawn, child: node } = recordedSpawn();
    const { lines } = listen(spawnSessionChild('powershell.exe', [], ENV, spawn));
    const bytes = Buffer.from('{"name":"Café Sync"}\r\nline\rwith a CR\r\n');
    const cut = bytes.indexOf(0xc3) + 1;
    node.stdout.write(bytes.subarray(0, cut));
    node.stdout.write(bytes.subarray(cut));
    expect(lines).toEqual(['{"name":"Café Sync"}', 'line\rwith a CR']);
  });

  it('writes to stdin while it is open, and nothing once the pipe is destroyed; a broken pipe is no crash', () => {
    const { spawn, child: node } = recordedSpawn();
    const child = spawnSessionChild('powershell.exe', [], ENV, spawn);
    const written: string[] = [];
    node.stdin.on('data', (chunk: Buffer) => void written.push(chunk.toString()));
    child.write('{"id":1}\n');
    expect(written).toEqual(['{"id":1}\n']);
    const write = vi.spyOn(node.stdin, 'write');
    expect(() => node.stdin.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))).not.toThrow();
    node.stdin.destroy();
    child.write('{"id":2}\n');
    expect(write).not.toHaveBeenCalled();
  });

  it('kills with SIGKILL (TerminateProcess on Windows)', () => {
    const { spawn, child: node } = recordedSpawn();
    spawnSessionChild('powershell.exe', [], ENV, spawn).kill();
    expect(node.kill).toHaveBeenCalledWith('SIGKILL');
  });
});
