import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// electron-builder's own YAML loader and schema validator (they come with electron-builder).
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new () => unknown };

const root = new URL('../../', import.meta.url);
const config = yaml.load(readFileSync(new URL('electron-builder.yml', root), 'utf8')) as Record<string, any>;

describe('Windows packaging (electron-builder.yml)', () => {
  it('is valid for electron-builder', async () => {
    await expect(validateConfiguration(config, new DebugLogger())).resolves.toBeUndefined();
  });

  it('builds a per-user NSIS installer that needs no administrator', () => {
    expect(config.appId).toBe('com.syncdoctor.app');
    expect(config.productName).toBe('Sync Doctor');
    expect(config.win.target[0].target).toBe('nsis');
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false });
    expect(config.win.artifactName).toContain('${version}');
  });

  it('sets the production fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.asar).toBe(true);
  });

  it('ships the CLI beside the app, running the executable with --cli', () => {
    const cmd = config.extraResources.find((r: { to: string }) => r.to === 'bin/sync-doctor.cmd');
    const text = readFileSync(new URL(cmd.from, root), 'utf8');
    expect(text).toContain('"%~dp0..\\..\\Sync Doctor.exe" --cli %*');
    expect(text).toMatch(/exit \/b %ERRORLEVEL%/);
    expect(text.split('\n').every((line) => line === '' || line.endsWith('\r'))).toBe(true);
  });

  it('has a Windows icon with a 256-pixel image, and the tray icons the app loads', () => {
    const ico = readFileSync(new URL(config.win.icon, root));
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_, i) => ico[6 + 16 * i] || 256);
    expect(widths).toContain(256);
    for (const status of ['ok', 'warn', 'error', 'checking']) {
      const png = readFileSync(new URL(`assets/tray/tray-${status}.png`, root));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(16);
    }
  });
});
