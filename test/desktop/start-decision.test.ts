import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decideStart, findElectronBinary } from '../../src-main/app/start-decision.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function project(electron: { pathTxt?: string; binary?: string }) {
  const root = mkdtempSync(join(tmpdir(), 'sd-start-'));
  dirs.push(root);
  const pkg = join(root, 'node_modules', 'electron');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  if (electron.pathTxt !== undefined) writeFileSync(join(pkg, 'path.txt'), electron.pathTxt);
  if (electron.binary) writeFileSync(join(pkg, 'dist', electron.binary), '');
  return root;
}

describe('npm start: Electron or the preview', () => {
  it('finds the Electron runtime from path.txt only when the executable is really there', () => {
    const root = project({ pathTxt: 'electron', binary: 'electron' });
    expect(findElectronBinary(root)).toBe(join(root, 'node_modules', 'electron', 'dist', 'electron'));
    expect(findElectronBinary(project({ pathTxt: 'electron' }))).toBeUndefined();
    expect(findElectronBinary(project({}))).toBeUndefined();
    expect(findElectronBinary(project({ pathTxt: '' }))).toBeUndefined();
  });

  it('opens the window where Electron is installed and there is a display', () => {
    expect(decideStart({ platform: 'linux', env: { DISPLAY: ':0' }, electronBinary: '/e' })).toEqual({ kind: 'electron', binary: '/e' });
    expect(decideStart({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' }, electronBinary: '/e' }).kind).toBe('electron');
    expect(decideStart({ platform: 'win32', env: {}, electronBinary: 'C:\\e.exe' }).kind).toBe('electron');
  });

  it('serves the preview, saying why in one line, without the runtime or without a display', () => {
    const noRuntime = decideStart({ platform: 'win32', env: {}, electronBinary: undefined });
    expect(noRuntime).toMatchObject({ kind: 'preview', reason: expect.stringMatching(/Electron runtime is not installed/) });
    const noDisplay = decideStart({ platform: 'linux', env: {}, electronBinary: '/e' });
    expect(noDisplay).toMatchObject({ kind: 'preview', reason: expect.stringMatching(/no display/) });
    for (const d of [noRuntime, noDisplay]) expect(d.kind === 'preview' && d.reason.includes('\n')).toBe(false);
  });
});
