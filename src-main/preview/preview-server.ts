import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REPORT_CHANGED_EVENT, type IpcHandlers } from '../../src-shared/ipc/contract.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import { SECURITY_HEADERS } from '../app/content-security-policy.js';
import { dispatchIpc } from '../app/ipc-dispatch.js';
import { MISSING_RENDERER_PAGE } from '../app/missing-renderer-page.js';
import { contentTypeFor, rendererFilePath } from '../app/renderer-files.js';
import type { ReportSource } from '../monitor/report-source.js';
import { PREVIEW_TOKEN_FRAGMENT, PREVIEW_TOKEN_HEADER } from '../../src-shared/ipc/preview-protocol.js';
import { isAllowedHost, isAllowedOrigin, randomSecret, sameSecret } from './preview-access.js';
import { listenOnLoopback, LOOPBACK_V4 } from './loopback-listen.js';

/** The loopback address the preview prints; it also holds [::1] on the same port, and no other interface. */
export const PREVIEW_BIND_ADDRESS = LOOPBACK_V4;
const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** The Office screen sends the snapshots of several PCs in one request. */
const MAX_OFFICE_BODY_BYTES = 64 * 1024 * 1024;
const HEARTBEAT_MS = 25_000;

export interface PreviewServerOptions {
  handlers: IpcHandlers;
  /** Where `report-changed` events come from. */
  reports: Pick<ReportSource, 'current' | 'subscribe'>;
  /** The built renderer (dist/renderer). */
  rendererRoot: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Fixed only in tests; random otherwise. */
  token?: string;
  onLog?: (message: string) => void;
}

export interface PreviewServer {
  /** The address to open, with the token in its fragment: `http://127.0.0.1:<port>/#token=…`. */
  url: string;
  port: number;
  /** The address printed (127.0.0.1). */
  address: string;
  /** Every address listened on: 127.0.0.1 and, where this PC has IPv6, ::1 on the same port. */
  addresses: string[];
  close(): Promise<void>;
}

/**
 * The loopback preview: the built UI and the IPC contract over HTTP (POST /api/<channel>,
 * server-sent events at /api/events), for the same UI in any browser. The built UI is served to
 * anyone on 127.0.0.1 (it holds nothing); every API call and the event stream need the printed
 * token in the X-Sync-Doctor-Token header, which only the page opened from the printed address
 * has (in its own sessionStorage). No cookie is ever set.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const token = options.token ?? randomSecret();
  let port = 0;

  const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { ...SECURITY_HEADERS, 'Cache-Control': 'no-store', ...headers });
    res.end(body);
  };
  const sendJson = (res: ServerResponse, status: number, value: unknown) =>
    send(res, status, JSON.stringify(value), { 'Content-Type': 'application/json; charset=utf-8' });

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      options.onLog?.(`preview: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'Something went wrong in Sync Doctor.' });
      else res.end();
    });
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) return sendJson(res, 403, { error: 'Wrong host.' });
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);

    if (url.pathname.startsWith('/api/')) {
      if (!sameSecret(req.headers[PREVIEW_TOKEN_HEADER.toLowerCase()], token)) {
        return sendJson(res, 401, { error: 'Open the address Sync Doctor printed (with its token) in this tab.' });
      }
      if (!isAllowedOrigin(req.headers.origin, port)) return sendJson(res, 403, { error: 'Wrong origin.' });
    }
    if (url.pathname === '/api/events') {
      if (req.method !== 'GET') return sendJson(res, 405, { error: 'Use GET.' });
      return streamEvents(req, res);
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return sendJson(res, 405, { error: 'Use POST.' });
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return sendJson(res, 415, { error: 'Send JSON.' });
      const body = await readBody(req, url.pathname === '/api/office-check' ? MAX_OFFICE_BODY_BYTES : MAX_BODY_BYTES);
      if (body === undefined) return sendJson(res, 413, { error: 'Request too large.' });
      let request: unknown;
      try {
        request = body.trim() === '' ? {} : JSON.parse(body);
      } catch {
        return sendJson(res, 400, { error: 'The request is not valid JSON.' });
      }
      const result = await dispatchIpc(options.handlers, url.pathname.slice('/api/'.length), request);
      return result.ok ? sendJson(res, 200, result.value) : sendJson(res, result.status, { error: result.error });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'Use GET.' });
    return serveFile(url.pathname, res);
  }

  function streamEvents(req: IncomingMessage, res: ServerResponse) {
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    const push = (report: Report) => res.write(`event: ${REPORT_CHANGED_EVENT}\ndata: ${JSON.stringify(report)}\n\n`);
    res.write(': connected\n\n');
    const current = options.reports.current();
    if (current) push(current);
    const unsubscribe = options.reports.subscribe(push);
    const heartbeat = setInterval(() => res.write(': still here\n\n'), HEARTBEAT_MS);
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  }

  async function serveFile(pathname: string, res: ServerResponse) {
    const path = rendererFilePath(options.rendererRoot, pathname);
    if (!path) return sendJson(res, 404, { error: 'Not found.' });
    try {
      const body = await readFile(path);
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(path), 'Cache-Control': 'no-cache' });
      res.end(body);
    } catch {
      if (pathname === '/' || pathname === '/index.html') return send(res, 200, MISSING_RENDERER_PAGE, { 'Content-Type': 'text/html; charset=utf-8' });
      sendJson(res, 404, { error: 'Not found.' });
    }
  }

  const listening = await listenOnLoopback(onRequest, options.port ?? 0);
  port = listening.port;

  return {
    url: `http://${PREVIEW_BIND_ADDRESS}:${port}/#${PREVIEW_TOKEN_FRAGMENT}=${token}`,
    port,
    address: PREVIEW_BIND_ADDRESS,
    addresses: listening.servers.map((server) => (server.address() as AddressInfo).address),
    close: async () => {
      await Promise.all(
        listening.servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.close(() => resolve());
              server.closeAllConnections();
            }),
        ),
      );
    },
  };
}

function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
