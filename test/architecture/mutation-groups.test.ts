import { existsSync, readdirSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — plain ESM scripts, no declarations
import { BREAK_THRESHOLD, CATCHING_UP, GATED, GROUPS } from '../../scripts/mutation-groups.mjs';
// @ts-expect-error — plain ESM scripts, no declarations
import { mutationScore } from '../../scripts/mutation-score.mjs';

interface Group { mutate: string[]; testFiles?: string[]; countStatic?: boolean; leftOut?: Record<string, string> }
const groups = GROUPS as Record<string, Group>;
const ROOT = join(import.meta.dirname, '..', '..');
const filesUnder = (dir: string) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f.replaceAll('\\', '/')}`);
const mutatedBy = (group: Group, file: string) => {
  const included = group.mutate.filter((g) => !g.startsWith('!')).some((g) => matchesGlob(file, g));
  const excluded = group.mutate.filter((g) => g.startsWith('!')).some((g) => matchesGlob(file, g.slice(1)));
  return included && !excluded;
};

describe('the mutation-testing gate', () => {
  it('covers every module of src-shared exactly once, and gates every group at the break threshold of 85 % (but new ones catching up)', () => {
    const shared = filesUnder('src-shared').filter((f) => f.endsWith('.ts'));
    const owners = shared.map((file) => Object.keys(groups).filter((name) => mutatedBy(groups[name]!, file)));
    expect(shared.filter((_, i) => owners[i]!.length !== 1)).toEqual([]);
    expect(BREAK_THRESHOLD).toBeGreaterThanOrEqual(85);
    // Every group is gated, but a new one whose tests are still catching up (named, with its score).
    const catchingUp = Object.keys(CATCHING_UP as Record<string, string>);
    expect([...(GATED as string[]), ...catchingUp].sort()).toEqual(Object.keys(groups).sort());
    expect(catchingUp.filter((name) => (GATED as string[]).includes(name) || !(name in groups))).toEqual([]);
  });

  it('names the security-relevant modules of src-main, and every test-file pattern finds tests', () => {
    for (const module of ['src-main/preview/preview-access.ts', 'src-main/app/window-policy.ts', 'src-main/collect/redact-path.ts', 'src-main/host/windows/sc-queryex-output.ts']) {
      expect(existsSync(join(ROOT, module))).toBe(true);
      expect(Object.values(groups).some((group) => mutatedBy(group, module))).toBe(true);
    }
    const tests = filesUnder('test');
    for (const group of Object.values(groups)) {
      for (const pattern of group.testFiles ?? []) expect(tests.filter((f) => matchesGlob(f, pattern)), pattern).not.toEqual([]);
    }
  });

  it('covers every module of the monitor, the Windows PowerShell session and the actions exactly once, or names why one is left out', () => {
    const leftOut = Object.values(groups).flatMap((group) => Object.keys(group.leftOut ?? {}));
    for (const dir of ['src-main/monitor', 'src-main/host/windows/session', 'src-main/actions']) {
      const modules = filesUnder(dir).filter((f) => f.endsWith('.ts') && !leftOut.includes(f));
      expect(modules.length, dir).toBeGreaterThan(0);
      const owners = modules.map((file) => Object.keys(groups).filter((name) => mutatedBy(groups[name]!, file)));
      expect(modules.filter((_, i) => owners[i]!.length !== 1), dir).toEqual([]);
    }
    for (const module of leftOut) {
      expect(existsSync(join(ROOT, module)), module).toBe(true);
      expect(Object.values(groups).some((group) => mutatedBy(group, module)), module).toBe(false);
    }
  });

  it('counts the static mutants (module-level tables and patterns) of the security groups', () => {
    const security = [
      'src-main/preview/preview-access.ts',
      'src-main/preview/loopback-listen.ts',
      'src-main/collect/redact-path.ts',
      'src-main/collect/redact-text.ts',
      'src-main/collect/redact-vocabulary.ts',
      'src-main/actions/open-folder-target.ts',
      'src-main/actions/sync-app-executable.ts',
      'src-main/actions/win32-literal-path.ts',
      'src-main/cli/terminal-safe-output.ts',
    ];
    for (const module of security) {
      const owner = Object.values(groups).find((group) => mutatedBy(group, module));
      expect(owner?.countStatic, module).toBe(true);
      expect(Object.values(groups).filter((group) => mutatedBy(group, module)), module).toHaveLength(1);
    }
  });

  it('scores a report as Stryker does: timeouts count as caught, ignored and broken mutants not at all', () => {
    const mutants = (...statuses: string[]) => ({ mutants: statuses.map((status) => ({ status })) });
    const report = {
      files: {
        'a.ts': mutants('Killed', 'Killed', 'Survived', 'Ignored'),
        'b.ts': mutants('Timeout', 'NoCoverage', 'CompileError', 'RuntimeError'),
      },
    };
    expect(mutationScore(report)).toEqual({ detected: 3, undetected: 2, score: 60 });
    expect(mutationScore({ files: { 'c.ts': mutants('Ignored') } }).score).toBeUndefined();
  });
});
