import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../app/content-security-policy.js';
import { MISSING_RENDERER_PAGE } from '../app/missing-renderer-page.js';
import { contentTypeFor, rendererFilePath } from '../app/renderer-files.js';
import { APP_HOST, APP_SCHEME } from '../app/window-policy.js';

/** Must run before the app is ready: app:// behaves like a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the packaged renderer files at app://sync-doctor/, with the CSP, and nothing else. */
export function serveRendererFiles(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const path = url.host === APP_HOST ? rendererFilePath(root, url.pathname) : undefined;
    if (!path) return new Response('Not found', { status: 404, headers: { ...SECURITY_HEADERS } });
    try {
      const body = await readFile(path);
      return new Response(body, { headers: { 'Content-Type': contentTypeFor(path), ...SECURITY_HEADERS } });
    } catch {
      if (url.pathname === '/' || url.pathname === '/index.html') {
        return new Response(MISSING_RENDERER_PAGE, { headers: { 'Content-Type': 'text/html; charset=utf-8', ...SECURITY_HEADERS } });
      }
      return new Response('Not found', { status: 404, headers: { ...SECURITY_HEADERS } });
    }
  });
}
