import { describe, expect, it } from 'vitest';
import { commName, parseBootTime, parsePasswd, parseProcStat, parseStatusUid, parseStatusUidBytes, processName } from '../../src-main/host/posix/proc-parsers.js';
import { failureKindOf } from '../../src-main/host/node/fs-failure.js';

describe('/proc parsers', () => {
  it('reads state and start ticks even when the command name holds spaces and brackets', () => {
    const stat = '4120 (Auto (Entry) x) S 1 4120 4120 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 987654 1000 200 18446744073709551615';
    expect(parseProcStat(stat)).toEqual({ name: 'Auto (Entry) x', state: 'S', startTicks: 987654, kernelThread: false });
    expect(parseProcStat('garbage')).toBeUndefined();
    expect(parseProcStat('7 (x) S 1 2 3')).toBeUndefined(); // cut short before the start time
  });

  it('answers as the split on whitespace it replaces: any run of whitespace, leading or trailing, between the fields', () => {
    const fields = (state: string, flags: string, start: string) => [state, 1, 2, 3, 4, 5, flags, ...Array.from({ length: 12 }, (_, i) => i), start].join('  \t');
    expect(parseProcStat(`12 (sh) \n ${fields('R', '4194560', '4242')}\n`)).toEqual({ name: 'sh', state: 'R', startTicks: 4242, kernelThread: false });
    expect(parseProcStat(`12 (sh)\u00a0${fields('S', '0', '17')} 99 100`)).toEqual({ name: 'sh', state: 'S', startTicks: 17, kernelThread: false });
    expect(parseProcStat(`12 (sh) ${fields('S', '0', 'x')}`)).toBeUndefined();
    // No "(": no name from the line (the listing reads `comm` then), the fields still count.
    expect(parseProcStat(`12 sh) ${fields('S', '0', '17')}`)?.name).toBeUndefined();
  });

  it('finds the same state and start time as splitting the text after the last ")" on whitespace, for made-up lines', () => {
    const bySplit = (text: string) => {
      const rest = text.slice(text.lastIndexOf(')') + 1).trim().split(/\s+/);
      return text.includes(')') && rest[0] !== undefined && Number.isFinite(Number(rest[19])) ? { state: rest[0], startTicks: Number(rest[19]) } : undefined;
    };
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const spaces = [' ', '  ', '\t', '\n', '\u00a0', '\u2003', ' \n'];
    const words = ['0', '17', '-1', 'S', 'R', '4194560', '2129984', '99999', 'x'];
    const word = () => (random(60) === 0 ? ')' : words[random(words.length)]!);
    let answered = 0;
    for (let i = 0; i < 2000; i++) {
      const count = 17 + random(10);
      const body = Array.from({ length: count }, () => `${spaces[random(spaces.length)]}${word()}`).join('');
      const text = `${random(900)} (n${random(9)})${body}${random(4) === 0 ? spaces[random(spaces.length)] : ''}`;
      const parsed = parseProcStat(text);
      expect(parsed === undefined ? undefined : { state: parsed.state, startTicks: parsed.startTicks }).toEqual(bySplit(text));
      if (parsed !== undefined) answered++;
    }
    expect(answered).toBeGreaterThan(100); // lines with an answer, not only refusals
  });

  it('tells a kernel thread by PF_KTHREAD (0x00200000) in the flags field (field 9)', () => {
    // Lines read on the development VM: kthreadd (flags 2129984 = 0x208040) and its pid 1 (4194560 = 0x400100).
    const kthreadd = '2 (kthreadd) S 0 0 0 0 -1 2129984 0 0 0 0 0 1 0 0 20 0 1 0 17 0 0 18446744073709551615 0 0 0 0 0 0 0 2147483647 0 1 0 0 0 1 0 0 0 0 0 0 0 0 0 0 0 0 0\n';
    const init = '1 (process_api) S 0 0 0 0 -1 4194560 140106 313253136 0 13666 4992 10684 2252182 623946 10 -10 19 0 17 53932032 2950 18446744073709551615 1 1 0 0 0 0 0 4096 1256 0 0 0 17 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n';
    expect(parseProcStat(kthreadd)).toEqual({ name: 'kthreadd', state: 'S', kernelThread: true, startTicks: 17 });
    expect(parseProcStat(init)).toEqual({ name: 'process_api', state: 'S', kernelThread: false, startTicks: 17 });
  });

  it('reads the boot time, the uid and the passwd names', () => {
    expect(parseBootTime('cpu 1 2 3\nbtime 1763700000\nprocesses 5\n')).toBe(1763700000);
    expect(parseStatusUid('Name:\tsleep\nUid:\t1000\t1000\t1000\t1000\n')).toBe(1000);
    for (const text of ['Name:\tsleep\nUid:\t1000\t1000\t1000\t1000\nGid:\t5\n', 'Uid:\t0\t0\t0\t0', 'Name:\tUid: 7\nUid:\t8\n', 'Name:\tx\nUid:\n 42\n', 'Uid:x\nUid:\t9\n', 'Name:\tx\n', '']) {
      expect(parseStatusUidBytes(Buffer.from(text))).toBe(parseStatusUid(text));
    }
    expect(parsePasswd('root:x:0:0::/root:/bin/bash\n# note\njane:x:1000:1000::/home/jane:/bin/sh\n')).toEqual(new Map([[0, 'root'], [1000, 'jane']]));
  });

  it('takes the long name from the executable when the kernel cut comm to 15 characters', () => {
    expect(processName('AutoEntry.SyncA', '/opt/ae/AutoEntry.SyncApp', undefined)).toBe('AutoEntry.SyncApp');
    expect(processName('AutoEntry.SyncA', '/usr/bin/sleep', '/tmp/x/AutoEntry.SyncApp')).toBe('AutoEntry.SyncApp');
    expect(processName('bash', undefined, '-bash')).toBe('bash');
    expect(processName('node', '/usr/bin/node (deleted)', undefined)).toBe('node');
    expect(processName('node', '/usr/bin/nodejs (deleted)', '/x/nodeX')).toBe('nodejs');
    expect(processName('python3', '', '/usr/bin/python3.12')).toBe('python3.12');
  });

  it('takes the short name from comm without exactly one newline, the one the kernel adds', () => {
    expect(commName('bash\n')).toBe('bash');
    expect(commName('odd\n\n')).toBe('odd\n'); // a name that itself ends in a newline (prctl)
    expect(commName('bare')).toBe('bare');
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
