import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { exitCodeForStatus } from '../../src-shared/model/severity.js';

const script = readFileSync(new URL('../../docs/sync-doctor-detect.ps1', import.meta.url), 'utf8');
const fleet = readFileSync(new URL('../../docs/FLEET.md', import.meta.url), 'utf8');
const packaging = readFileSync(new URL('../../docs/PACKAGING.md', import.meta.url), 'utf8');

// The one source of truth for where the command line is installed: electron-builder.yml.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const builder = yaml.load(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as { extraResources: Array<{ from: string; to: string }>; electronFuses: { runAsNode: boolean } };
const cliResource = builder.extraResources.find((r) => r.to.endsWith('sync-doctor.cmd'))!;
/** `resources\bin\sync-doctor.cmd`: extraResources land in the app's resources folder. */
const INSTALLED_AT = `resources\\${cliResource.to.replace(/\//g, '\\')}`;
const launcher = readFileSync(new URL(`../../${cliResource.from}`, import.meta.url), 'utf8');

describe('fleet documentation matches the CLI', () => {
  it('the detection script maps every exit code of check', () => {
    for (const status of ['ok', 'warn', 'error'] as const) expect(script).toMatch(new RegExp(`^\\s+${exitCodeForStatus(status)} \\{`, 'm'));
    expect(script).toContain('check --summary');
    expect(script).toContain('default { exit 2 }');
  });

  it('the exit-code table in FLEET.md says what the code does', () => {
    for (const [code, status] of [[0, 'ok'], [1, 'warn'], [2, 'error']] as const) {
      expect(exitCodeForStatus(status)).toBe(code);
      expect(fleet).toMatch(new RegExp(`\\| ${code} \\| ${status} \\|`));
    }
    expect(fleet).toMatch(/\| 3 \| could not run \|/);
  });
});

describe('where the command line is installed, and how it reaches a script', () => {
  /** Every spelled-out path to sync-doctor.cmd (with at least one folder before it) in a text. */
  const mentions = (text: string) => [...text.matchAll(/[\w%$ .()-]*(?:\\[\w%$ .()-]+)*\\sync-doctor\.cmd/g)].map((m) => m[0]);

  it('the docs and the detection script name the place electron-builder.yml installs it', () => {
    expect(INSTALLED_AT).toBe('resources\\bin\\sync-doctor.cmd');
    for (const [name, text] of [['FLEET.md', fleet], ['PACKAGING.md', packaging], ['sync-doctor-detect.ps1', script]] as const) {
      const found = mentions(text);
      expect(found.length, name).toBeGreaterThan(0);
      for (const path of found) expect(path, `${name}: ${path}`).toMatch(new RegExp(`${INSTALLED_AT.replace(/\\/g, '\\\\').replace(/\./g, '\\.')}$`));
    }
    expect(script).toContain(`'Programs\\Sync Doctor\\${INSTALLED_AT}'`);
  });

  it('the launcher finds the executable from there, relays its exit code, and does not rely on ELECTRON_RUN_AS_NODE', () => {
    const depth = cliResource.to.split('/').length; // resources\bin\ → two folders below the app
    expect(launcher).toContain(`"%~dp0${'..\\'.repeat(depth)}Sync Doctor.exe" --cli %*`);
    expect(launcher).toMatch(/exit \/b %ERRORLEVEL%\r?\n?$/);
    expect(launcher).toContain('set "ELECTRON_NO_ATTACH_CONSOLE="');
    // The fuse that would let ELECTRON_RUN_AS_NODE work is off: a launcher setting it would run nothing.
    expect(builder.electronFuses.runAsNode).toBe(false);
    expect(launcher.split('\n').filter((l) => !/^rem /i.test(l)).join('\n')).not.toMatch(/ELECTRON_RUN_AS_NODE/);
  });

  it('FLEET.md records what cmd.exe, a PowerShell pipe and a remote-management agent get, and why not ELECTRON_RUN_AS_NODE', () => {
    expect(fleet).toMatch(/## How the output and the exit code reach your tool/);
    for (const where of ['`cmd.exe`, typed', 'PowerShell', 'RMM or endpoint-management agent']) expect(fleet).toContain(where);
    for (const issue of ['#4552', '#5715', '#5776', 'electron-builder#2011']) expect(fleet).toContain(issue);
    expect(fleet).toMatch(/Not chosen: `ELECTRON_RUN_AS_NODE`[\s\S]*`runAsNode` fuse/);
  });
});
