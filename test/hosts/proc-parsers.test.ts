import { describe, expect, it } from 'vitest';
import { parseBootTime, parsePasswd, parseProcStat, parseStatusUid, processName } from '../../src-main/host/posix/proc-parsers.js';
import { failureKindOf } from '../../src-main/host/node/fs-failure.js';

describe('/proc parsers', () => {
  it('reads state and start ticks even when the command name holds spaces and brackets', () => {
    const stat = '4120 (Auto (Entry) x) S 1 4120 4120 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 987654 1000 200 18446744073709551615';
    expect(parseProcStat(stat)).toEqual({ state: 'S', startTicks: 987654 });
    expect(parseProcStat('garbage')).toBeUndefined();
  });

  it('reads the boot time, the uid and the passwd names', () => {
    expect(parseBootTime('cpu 1 2 3\nbtime 1763700000\nprocesses 5\n')).toBe(1763700000);
    expect(parseStatusUid('Name:\tsleep\nUid:\t1000\t1000\t1000\t1000\n')).toBe(1000);
    expect(parsePasswd('root:x:0:0::/root:/bin/bash\n# note\njane:x:1000:1000::/home/jane:/bin/sh\n')).toEqual(new Map([[0, 'root'], [1000, 'jane']]));
  });

  it('takes the long name from the executable when the kernel cut comm to 15 characters', () => {
    expect(processName('AutoEntry.SyncA\n', '/opt/ae/AutoEntry.SyncApp', undefined)).toBe('AutoEntry.SyncApp');
    expect(processName('AutoEntry.SyncA\n', '/usr/bin/sleep', '/tmp/x/AutoEntry.SyncApp')).toBe('AutoEntry.SyncApp');
    expect(processName('bash\n', undefined, '-bash')).toBe('bash');
    expect(processName('node\n', '/usr/bin/node (deleted)', undefined)).toBe('node');
  });

  it('maps fs error codes to Host failure kinds', () => {
    const error = (code: string) => Object.assign(new Error(code), { code });
    expect(failureKindOf(error('ENOENT'))).toBe('missing');
    expect(failureKindOf(error('EACCES'))).toBe('denied');
    expect(failureKindOf(error('EPERM'))).toBe('denied');
    expect(failureKindOf(error('ENOTDIR'))).toBe('wrong-kind');
    expect(failureKindOf(error('EHOSTDOWN'))).toBe('unreachable');
    expect(failureKindOf(error('EIO'))).toBe('unreachable');
    expect(failureKindOf(error('EWHATEVER'))).toBe('error');
  });
});
