import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src-main/check/run-check.js';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import { parseSnapshotText } from '../../src-main/host/snapshot/load-snapshot.js';
import { ReportSchema } from '../../src-shared/model/report-schema.js';
import { machine } from '../support/check-machine.js';

/**
 * Hostile snapshots: whatever arrives as a support bundle, reading it ends in a valid report
 * or one clear sentence — no throw, no hang, no stack trace.
 */

const nastySegment = fc.oneof(
  fc.constantFrom('CON', 'NUL', 'aux', 'COM1', 'LPT9', '..', '.', '', ' ', 'ACCDATA', 'accdata', 'SETUP.DTA', 'COMPANY', 'x.QBW', 'x.qbw.ND', '\u0000', 'a\u0000b', '%ProgramData%', '~1', 'PROGRA~3'),
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^[A-Za-z0-9 .~_-]{1,10}$/),
);
const nastyPath = fc.tuple(
  fc.constantFrom('C:\\', 'c:/', 'S:\\', '\\\\FILESRV\\Accounts\\', '\\\\?\\C:\\', '\\\\?\\UNC\\srv\\sh\\', '//srv/share/', 'Z:', '', 'relative\\', '\\\\', '\\\\.\\C:\\'),
  fc.array(nastySegment, { maxLength: 8 }),
  fc.constantFrom('\\', '/', '\\\\', '/\\'),
).map(([root, segs, sep]) => root + segs.join(sep));
const deepPath = fc.integer({ min: 250, max: 320 }).map((n) => `C:\\${Array.from({ length: n }, (_, i) => `d${i % 10}`).join('\\')}`);
const anyPath = fc.oneof({ weight: 5, arbitrary: nastyPath }, { weight: 1, arbitrary: deepPath });

const fileEntry = fc.oneof(
  fc.record({ text: fc.string({ maxLength: 200 }) }, { requiredKeys: [] }),
  fc.record({ base64: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('base64')) }),
  fc.record({ size: fc.nat(), mtime: fc.constantFrom('2026-01-01T00:00:00Z', '1970-01-01T00:00:00Z', '2099-12-31T23:59:59Z') }, { requiredKeys: [] }),
  fc.record({ text: fc.constantFrom('C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000\r\n', '\u0000\u0001garbage', 'S:\\Sage\\Company.000', '[MRUFILES]\r\nFILE1=C:\\a.QBW', '[NetConnect]\r\nEngineName=QB_X_34') }),
);

/** A valid example machine with random hostile parts spliced in. */
const hostileSnapshot = fc.record({
  base: fc.constantFrom('sage-healthy', 'sage-stale-after-upgrade', 'sage-network-mapped-drive', 'quickbooks-sync-app-stopped'),
  files: fc.dictionary(anyPath, fileEntry, { maxKeys: 12 }),
  dirs: fc.array(anyPath, { maxLength: 4 }),
  links: fc.dictionary(anyPath, anyPath, { maxKeys: 4 }),
  denied: fc.array(anyPath, { maxLength: 3 }),
  shares: fc.dictionary(nastyPath, fc.record({ reachable: fc.boolean() }), { maxKeys: 3 }),
  slow: fc.dictionary(nastyPath, fc.integer({ min: 0, max: 100_000 }), { maxKeys: 2 }),
  drives: fc.dictionary(fc.constantFrom('C:', 'S:', 'x', 'S', 'Z:', ''), fc.record({ kind: fc.constantFrom('fixed', 'network', 'cdrom'), remote: fc.option(nastyPath, { nil: undefined }) }, { requiredKeys: ['kind'] }), { maxKeys: 3 }),
  processes: fc.array(fc.record({ pid: fc.integer(), name: fc.oneof(fc.string({ maxLength: 20 }), fc.constant('AutoEntry.SyncApp.exe')), sessionId: fc.option(fc.integer({ min: -1, max: 5 }), { nil: undefined }), user: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }) }, { requiredKeys: ['pid', 'name'] }), { maxLength: 4 }),
  paths: fc.array(anyPath, { maxLength: 3 }),
  location: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
});

/** Structural damage: wrong types, missing parts, other formats. */
const damagedJson = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.constantFrom('', '{', 'null', '[]', '{"format":"sync-doctor/machine@1"}', '{"format":"sync-doctor/machine@9"}', '\uFEFF{}'),
  fc.record({ key: fc.constantFrom('host', 'files', 'processes', 'drives', 'registry', 'capturedAt', 'services'), value: fc.jsonValue() }).map(({ key, value }) => {
    const m = machine('sage-healthy') as unknown as Record<string, unknown>;
    m[key] = value;
    return JSON.stringify(m);
  }),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1')),
);

describe('hostile snapshots', () => {
  it('1,000 hostile snapshots each end in a valid report or one clear error line', async () => {
    let reports = 0;
    let refusals = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 3, arbitrary: hostileSnapshot.map((h) => ({ kind: 'spliced' as const, h })) }, { weight: 1, arbitrary: damagedJson.map((text) => ({ kind: 'damaged' as const, text })) }), async (input) => {
        let text: string;
        let paths: string[] = [];
        let location: string | undefined;
        if (input.kind === 'damaged') text = input.text;
        else {
          const { base, paths: p, location: l, ...parts } = input.h;
          const m = machine(base) as unknown as Record<string, unknown>;
          Object.assign(m, parts, { files: { ...(m.files as object), ...parts.files } });
          text = JSON.stringify(m);
          paths = p;
          location = l;
        }
        const loaded = parseSnapshotText(text, 'the snapshot');
        if (!loaded.ok) {
          refusals++;
          expect(loaded.message.split('\n')).toHaveLength(1);
          expect(loaded.message.length).toBeLessThan(600);
          return;
        }
        const report = await runCheck(
          createSnapshotHost(loaded.snapshot),
          { autoentryPaths: paths, syncAppPatterns: ['AutoEntry'], ...(location !== undefined && { syncAppLocation: location }) },
          { timeoutMs: 25 },
        );
        expect(ReportSchema.safeParse(report).success).toBe(true);
        reports++;
      }),
      { numRuns: 1000 },
    );
    expect(reports).toBeGreaterThan(100);
    expect(refusals).toBeGreaterThan(100);
  }, 600_000); // CPU-bound: 1,000 full checks; a busy shared 2-core machine can make that minutes
});
