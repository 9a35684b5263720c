import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSmallText, nonBlankLines } from '../../src-shared/parsers/decode-text.js';
import { parseIniText } from '../../src-shared/parsers/ini-text.js';
import { parseNdText } from '../../src-shared/parsers/quickbooks-nd.js';
import { parseRecentFiles } from '../../src-shared/parsers/quickbooks-recent-files.js';
import { canonicaliseWinPath } from '../../src-shared/winpath/canonical-path.js';
import { canonicalisePosixPath } from '../../src-shared/paths/posix-path.js';
import { decodeConsoleOutput, parseChcpOutput } from '../../src-main/host/windows/console-text.js';
import { parseRegQuery } from '../../src-main/host/windows/reg-query-output.js';
import { parseScQueryEx } from '../../src-main/host/windows/sc-queryex-output.js';
import { parseSystemReport } from '../../src-main/host/windows/system-report.js';
import { parseTasklistCsv } from '../../src-main/host/windows/tasklist-output.js';
import { parseWindowsTime } from '../../src-main/host/windows/windows-time.js';
import { parseBootTime, parsePasswd, parseProcStat, parseStatusUid } from '../../src-main/host/posix/proc-parsers.js';
import { parsePsOutput } from '../../src-main/host/posix/ps-output.js';
import { parseSnapshotText } from '../../src-main/host/snapshot/load-snapshot.js';

/**
 * Every parser of outside text, fed hostile input: random bytes, UTF-16 with and without a
 * BOM, 2 MB single lines, 300-level paths, NULs, reserved names and mixed separators. None may
 * throw or hang; each answers a value or a typed failure.
 */
const TEXT_PARSERS: Array<[string, (text: string) => unknown]> = [
  ['INI', parseIniText],
  ['.ND', parseNdText],
  ['QBWUSER.INI recent files', parseRecentFiles],
  ['lines', nonBlankLines],
  ['Windows path', (t) => canonicaliseWinPath(t, { links: { 'C:\\A': 'C:\\B' } }, { sageDataset: true })],
  ['POSIX path', (t) => canonicalisePosixPath(t, { sageDataset: true })],
  ['reg query', parseRegQuery],
  ['sc queryex', (t) => parseScQueryEx(t, 0)],
  ['tasklist', parseTasklistCsv],
  ['chcp', parseChcpOutput],
  ['Windows time', parseWindowsTime],
  ['/proc stat', parseProcStat],
  ['/proc boot time', parseBootTime],
  ['/proc status', parseStatusUid],
  ['passwd', parsePasswd],
  ['ps', parsePsOutput],
  ['snapshot', (t) => parseSnapshotText(t)],
];
const BYTE_PARSERS: Array<[string, (bytes: Uint8Array) => unknown]> = [
  ['small text', decodeSmallText],
  ['console output', (b) => decodeConsoleOutput(b, 850)],
  ['PowerShell report', parseSystemReport],
];

const utf16 = (text: string, bom: boolean) => new Uint8Array(Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]));
const hostileText = fc.oneof(
  fc.string({ maxLength: 500 }),
  fc.string({ unit: 'binary', maxLength: 500 }),
  fc.constantFrom('CON', 'NUL', 'C:\\CON\\NUL\\aux.txt', '\\\\?\\C:\\..\\..', 'C:/a\\b//c\\\\d', '[MRUFILES]\nFILE1=\u0000', 'EngineName=QB__', '"a","b"\n"c', 'HKEY_LOCAL_MACHINE\\X\n    (Default)    REG_SZ    \u0000'),
  fc.integer({ min: 250, max: 320 }).map((n) => `C:\\${'d\\'.repeat(n)}x`),
);

describe('parsers under hostile input', () => {
  it('no text parser throws on random or crafted text', () => {
    fc.assert(fc.property(hostileText, (text) => {
      for (const [name, parse] of TEXT_PARSERS) expect(() => parse(text), name).not.toThrow();
    }), { numRuns: 300 });
  });

  it('no byte parser throws on random bytes or UTF-16 with and without a BOM', () => {
    fc.assert(fc.property(fc.oneof(fc.uint8Array({ maxLength: 600 }), hostileText.map((t) => utf16(t, true)), hostileText.map((t) => utf16(t, false))), (bytes) => {
      for (const [name, parse] of BYTE_PARSERS) expect(() => parse(bytes), name).not.toThrow();
    }), { numRuns: 300 });
  });

  it('a 2 MB single line is handled promptly by every parser', () => {
    const line = 'A'.repeat(2 * 1024 * 1024);
    const started = performance.now();
    for (const [name, parse] of TEXT_PARSERS) expect(() => parse(line), name).not.toThrow();
    for (const [name, parse] of BYTE_PARSERS) expect(() => parse(new Uint8Array(Buffer.from(line))), name).not.toThrow();
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('bad text gets a typed answer, not an exception: examples', () => {
    expect(decodeSmallText(new Uint8Array([0xff, 0xfe, 0x00]))).toMatchObject({ ok: false });
    expect(canonicaliseWinPath('C:\\a\u0000b')).toMatchObject({ ok: false });
    expect(parseSnapshotText('\u0000')).toMatchObject({ ok: false });
  });
});
