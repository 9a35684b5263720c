import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeConsoleOutput } from '../../src-main/host/windows/console-text.js';
import { buildSessionScript } from '../../src-main/host/windows/session/session-script.js';
import { RawSystemReportSchema, systemReportFromJson } from '../../src-main/host/windows/system-report.js';
import { fixtureMachines } from '../differential/fixture-machines.js';
import { fixtureBytes } from '../hosts/support/recorded-runner.js';
import { createEmulatedPc } from '../support/windows-emulator/emulated-pc.js';
import { readReport } from '../support/windows-emulator/ps-report.js';
import { ClassicRawSystemReportOracle } from '../support/zod-oracles/classic-system-report-schema.oracle.js';
import { damaged, damageOf, expectSameAnswer, oracleVerdicts, wrongValue, type Damage } from '../support/zod-oracles/schema-differential.js';

// The Windows system script's JSON schema is written in zod/mini (it is bundled into `check`); its
// classic declaration, kept as the oracle, says what it must answer: for the reports Windows
// PowerShell really printed (test/fixtures/windows), the reports the Windows emulator writes for
// every fixture machine (lists kept, and unwrapped as PowerShell 5.1 does without `@( )`), and
// random damage to them, the same success, parsed value (its transforms included) and issues.

/** The JSON documents of the captured PowerShell outputs (the truncated one is no JSON: it never reaches the schema). */
function capturedReports(): unknown[] {
  const dir = join(import.meta.dirname, '../fixtures/windows');
  return readdirSync(dir)
    .filter((name) => /^powershell-.*\.json$/.test(name))
    .flatMap((name) => {
      const text = decodeConsoleOutput(fixtureBytes(name), 65001);
      try {
        return [JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)) as unknown];
      } catch {
        return [];
      }
    });
}

const PARTS = ['identity', 'processes', 'services', 'registry', 'drives'];
const ROOTS = ['HKLM\\SOFTWARE', 'HKCU\\Software', 'HKCU\\Network', 'HKLM\\SYSTEM\\CurrentControlSet\\Services'];

/** What the emulator's PowerShell answers for each fixture machine, as the session script asks, and as a script that lets lists unwrap. */
function emulatedReports(): unknown[] {
  const script = buildSessionScript();
  return fixtureMachines().flatMap(({ snapshot }) => {
    const pc = createEmulatedPc(snapshot);
    const asked = { parts: PARTS, registryRoots: ROOTS, ownerPatterns: ['AutoEntry', 'sage', 'qbw'] };
    return [readReport(pc, asked, script, 4242), readReport(pc, asked, '', 4242)].map((r) => JSON.parse(JSON.stringify(r)) as unknown);
  });
}

const captured = capturedReports();
const emulated = emulatedReports();
const realReports = [...captured, ...emulated];

/** The report's own ways of being wrong, beside the generic damage: a part or an item's field of the wrong kind, a list unwrapped. */
const reportDamage: fc.Arbitrary<Damage> = fc
  .tuple(fc.constantFrom('errors', 'identity', 'processes', 'services', 'registry', 'drives'), fc.nat(), fc.constantFrom('pid', 'name', 'path', 'user', 'sessionId', 'startedAt', 'state', 'startMode', 'values', 'key', 'letter', 'driveType', 'remote', 'computerName', 'elevated', 'displayName'), wrongValue, fc.boolean())
  .map(([part, n, field, value, unwrap]): Damage => (t) => {
    if (typeof t !== 'object' || t === null || Array.isArray(t)) return t;
    const report = t as Record<string, unknown>;
    const items = report[part];
    if (Array.isArray(items) && items.length > 0) {
      const item = items[n % items.length];
      if (unwrap) report[part] = item;
      else if (typeof item === 'object' && item !== null) (item as Record<string, unknown>)[field] = value;
    } else if (typeof items === 'object' && items !== null) (items as Record<string, unknown>)[field] = value;
    else report[part] = value;
    return report;
  });

const anyReport = fc.oneof(fc.constantFrom(...realReports), fc.tuple(fc.constantFrom(...realReports), damageOf(reportDamage)).map(([r, damage]) => damaged(r, damage)));

describe('the zod/mini system report schema answers as its classic declaration', () => {
  it('is fed every captured PowerShell report and an emulated one for every fixture machine', () => {
    expect(captured.length).toBeGreaterThanOrEqual(5);
    expect(emulated.length).toBeGreaterThanOrEqual(20);
    for (const report of realReports) {
      expect(ClassicRawSystemReportOracle.safeParse(report).success).toBe(true);
      expectSameAnswer(RawSystemReportSchema, ClassicRawSystemReportOracle, report);
    }
  });

  it('unwraps a list of one, reads null as none, numbers given as text, and empty text as absent, as the classic schema did', () => {
    const odd = {
      errors: 'registry HKLM\\SOFTWARE\\X: Requested registry access is not allowed.',
      identity: { computerName: 'PC1', userName: 'anna', userDomain: '', elevated: null, sessionId: '2', os: null },
      processes: { pid: 4120, name: 'AutoEntry.exe', path: null, user: '', sessionId: '1.5', startedAt: '/Date(1767225600000)/' },
      services: null,
      registry: { key: 'HKCU\\Network\\S', values: [] },
      drives: [{ letter: 'S', driveType: '4', remote: '\\\\SRV\\Sage' }],
    };
    const parsed = RawSystemReportSchema.parse(odd);
    expect(parsed.errors).toEqual([odd.errors]);
    expect(parsed.identity).toMatchObject({ userDomain: undefined, sessionId: 2 });
    expect(parsed.processes).toEqual([{ pid: 4120, name: 'AutoEntry.exe', path: undefined, user: undefined, sessionId: undefined, startedAt: '/Date(1767225600000)/' }]);
    expect(parsed.services).toEqual([]);
    expect(parsed.registry).toEqual([{ key: 'HKCU\\Network\\S', values: {} }]);
    expectSameAnswer(RawSystemReportSchema, ClassicRawSystemReportOracle, odd);
  });

  it('is fed reports it refuses in many ways, and reports it accepts', () => {
    const { accepted, codes } = oracleVerdicts(ClassicRawSystemReportOracle, fc.sample(anyReport, { numRuns: 600, seed: 21 }));
    expect(accepted).toBeGreaterThan(30);
    expect(accepted).toBeLessThan(570);
    expect(codes).toEqual(expect.arrayContaining(['invalid_type', 'invalid_union']));
  });

  it('answers as the classic schema for any real report and any damage to it (fast-check)', () => {
    fc.assert(fc.property(anyReport, (value) => expectSameAnswer(RawSystemReportSchema, ClassicRawSystemReportOracle, value)), { numRuns: 800 });
  });

  it('answers as the classic schema for any value at all (fast-check)', () => {
    fc.assert(fc.property(fc.oneof(wrongValue, fc.anything()), (value) => expectSameAnswer(RawSystemReportSchema, ClassicRawSystemReportOracle, value)), { numRuns: 300 });
  });

  it('words a refused report as the classic schema\'s first issue (the text a report shows)', () => {
    fc.assert(
      fc.property(anyReport, (value) => {
        const want = ClassicRawSystemReportOracle.safeParse(value);
        const got = systemReportFromJson(value);
        expect(got.ok).toBe(want.success);
        if (!want.success) expect(got).toEqual({ ok: false, message: `PowerShell printed unexpected JSON: ${want.error.issues[0]!.message} at ${want.error.issues[0]!.path.join('.')}` });
      }),
      { numRuns: 400 },
    );
  });
});
