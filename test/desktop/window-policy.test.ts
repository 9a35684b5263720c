import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src-main/app/content-security-policy.js';
import { rendererFilePath, contentTypeFor } from '../../src-main/app/renderer-files.js';
import { TrustedSenders } from '../../src-main/app/trusted-senders.js';
import { APP_ENTRY_URL, isAllowedExternalUrl, isOurPage, mainWindowOptions, navigationDecision } from '../../src-main/app/window-policy.js';

describe('the hardened window', () => {
  const options = mainWindowOptions({ preload: '/app/preload.cjs', icon: '/app/icon.png' });

  it('runs the renderer sandboxed, isolated, without Node', () => {
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
    expect(options.show).toBe(false);
  });

  it('allows only our own scripts: no inline script, no eval, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(eval|inline)/);
  });
});

describe('every hardening flag, one by one', () => {
  const { webPreferences } = mainWindowOptions({ preload: '/app/preload.cjs', icon: '/app/icon.png' });

  // Each flag on its own line, so one flag flipped (or dropped: Electron's default is then
  // the unsafe one for several) fails by name.
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['spellcheck', false],
  ] as const)('webPreferences.%s is %s', (flag, value) => {
    expect(webPreferences).toHaveProperty(flag, value);
  });

  it('turns on no Blink feature and passes the renderer no extra arguments', () => {
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(webPreferences).not.toHaveProperty('additionalArguments');
    expect(webPreferences).not.toHaveProperty('disableBlinkFeatures');
  });
});

describe('every production fuse in electron-builder.yml, one by one', () => {
  const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
  const config = yaml.load(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as { electronFuses: Record<string, unknown> };

  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['enableCookieEncryption', true],
    ['grantFileProtocolExtraPrivileges', false],
  ] as const)('%s is %s', (fuse, value) => {
    expect(config.electronFuses).toHaveProperty(fuse, value);
  });
});

describe('navigation and external links', () => {
  it.each([
    [APP_ENTRY_URL, 'allow'],
    ['app://sync-doctor/index.html#/settings', 'allow'],
    ['app://evil/index.html', 'deny'],
    ['https://app.autoentry.com/', 'open-externally'],
    ['https://app.autoentry.com/integrations', 'open-externally'],
    ['https://support.autoentry.com/hc/articles/1', 'open-externally'],
    ['http://app.autoentry.com/', 'deny'],
    ['https://app.autoentry.com.evil.example/', 'deny'],
    ['https://user:pw@app.autoentry.com/', 'deny'],
    ['https://app.autoentry.com:8443/', 'deny'],
    ['file:///C:/Windows/System32/calc.exe', 'deny'],
    ['javascript:alert(1)', 'deny'],
    ['https://example.com/', 'deny'],
    ['not a url', 'deny'],
  ])('%s → %s', (url, decision) => {
    expect(navigationDecision(url)).toBe(decision);
  });

  it('agrees with the two predicates', () => {
    expect(isOurPage('app://sync-doctor/')).toBe(true);
    expect(isAllowedExternalUrl('app://sync-doctor/')).toBe(false);
  });
});

describe('our pages, exactly', () => {
  it.each([
    ['app://sync-doctor/', true],
    ['app://sync-doctor/index.html?x=1#/history', true],
    ['app://user@sync-doctor/index.html', false],
    ['app://:secret@sync-doctor/index.html', false],
    ['app://sync-doctor.evil/index.html', false],
    ['apps://sync-doctor/index.html', false],
    ['https://sync-doctor/index.html', false],
  ])('%s is ours: %s', (url, ours) => {
    expect(isOurPage(url)).toBe(ours);
  });

  it('opens no address with a user name or a password alone; a default port spelt out is the same address', () => {
    expect(isAllowedExternalUrl('https://:pw@app.autoentry.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://user@app.autoentry.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://app.autoentry.com:443/')).toBe(true); // the URL parser drops the default port
    expect(isAllowedExternalUrl('https://app.autoentry.com:444/')).toBe(false);
  });

  it('lists the windows it trusts', () => {
    const senders = new TrustedSenders();
    senders.add(3);
    senders.add(5);
    senders.remove(3);
    expect(senders.ids()).toEqual([5]);
  });
});

describe('trusted IPC senders', () => {
  it('trusts only windows we created, showing our pages', () => {
    const senders = new TrustedSenders();
    senders.add(7);
    expect(senders.isTrusted({ webContentsId: 7, frameUrl: APP_ENTRY_URL })).toBe(true);
    expect(senders.isTrusted({ webContentsId: 8, frameUrl: APP_ENTRY_URL })).toBe(false);
    expect(senders.isTrusted({ webContentsId: 7, frameUrl: 'https://evil.example/' })).toBe(false);
    expect(senders.isTrusted({ webContentsId: 7, frameUrl: undefined })).toBe(false);
    senders.remove(7);
    expect(senders.isTrusted({ webContentsId: 7, frameUrl: APP_ENTRY_URL })).toBe(false);
  });
});

describe('renderer files', () => {
  const root = mkdtempSync(join(tmpdir(), 'sd-renderer-'));
  it('maps URL paths into the folder and nowhere else', () => {
    expect(rendererFilePath(root, '/')).toBe(join(root, 'index.html'));
    expect(rendererFilePath(root, '/assets/app.js?v=1')).toBe(join(root, 'assets/app.js'));
    expect(rendererFilePath(root, '/../secret.txt')).toBeUndefined();
    expect(rendererFilePath(root, '/%2e%2e/secret.txt')).toBeUndefined();
    expect(rendererFilePath(root, '/..%5csecret.txt')).toBeUndefined();
    expect(rendererFilePath(root, '/%E0%A4%A')).toBeUndefined();
    expect(rendererFilePath(root, '/a%00.js')).toBeUndefined();
    rmSync(root, { recursive: true, force: true });
  });
  it('names content types', () => {
    expect(contentTypeFor('x/app.JS')).toMatch(/javascript/);
    expect(contentTypeFor('x/blob')).toBe('application/octet-stream');
  });
});
