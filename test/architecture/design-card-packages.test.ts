import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, string> | undefined>;
const pkg = readJson(join(ROOT, 'package.json'));
const installed = (name: string) => readJson(join(ROOT, 'node_modules', name, 'package.json'));

describe('the design card’s packages', () => {
  it('the browser tests use playwright, which runs nothing at install (so downloads no browser)', () => {
    expect(pkg['devDependencies']?.['playwright']).toBeDefined();
    expect(pkg['devDependencies']?.['playwright-core']).toBeUndefined();
    const scripts = installed('playwright')['scripts'] ?? {};
    expect(Object.keys(scripts).filter((s) => /install/.test(s))).toEqual([]);
    expect(readFileSync(join(ROOT, 'test', 'e2e', 'support', 'browser.ts'), 'utf8')).toMatch(/executablePath: CHROMIUM/);
    const e2eDir = join(ROOT, 'test', 'e2e');
    const e2eFiles = readdirSync(e2eDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(e2eFiles.filter((f) => /from 'playwright-core'/.test(readFileSync(join(e2eDir, f), 'utf8')))).toEqual([]);
  });

  it('the desktop app’s electron-store sits on the same conf major version the CLI reads the file with', () => {
    expect(pkg['dependencies']?.['electron-store']).toBeDefined();
    const confMajor = (range: string | undefined) => /(\d+)\./.exec(range ?? '')?.[1];
    expect(confMajor(installed('electron-store')['dependencies']?.['conf'])).toBe(confMajor(pkg['dependencies']?.['conf']));
    expect(installed('conf')['version']?.toString().split('.')[0]).toBe(confMajor(pkg['dependencies']?.['conf']));
  });
});
