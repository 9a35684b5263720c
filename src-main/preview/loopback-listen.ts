import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The loopback addresses the preview holds: `localhost` resolves to either, so both are ours or neither is served. */
export const LOOPBACK_V4 = '127.0.0.1';
export const LOOPBACK_V6 = '::1';
/** How many free ports are tried when another program already holds the IPv6 side of one. */
const PORT_TRIES = 20;

export interface LoopbackListeners {
  port: number;
  servers: Server[];
  /** Whether [::1] is held too (false only where this PC has no IPv6 loopback, so no other program can hold it either). */
  ipv6: boolean;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host, ipv6Only: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

const closeServer = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/** IPv6 is off on this PC: nothing can listen on [::1], so `localhost` can only reach 127.0.0.1. */
const NO_IPV6 = new Set(['EADDRNOTAVAIL', 'EAFNOSUPPORT', 'EPROTONOSUPPORT']);

/**
 * Listens on 127.0.0.1 and [::1] on one port, so a browser that resolves `localhost` to [::1]
 * reaches this server and never another program waiting there for the token in the address.
 * With port 0, a port whose [::1] side another program holds is given up and another tried;
 * with a fixed port, that is an error saying so.
 */
export async function listenOnLoopback(handler: RequestListener, port: number): Promise<LoopbackListeners> {
  for (let attempt = 0; attempt < (port === 0 ? PORT_TRIES : 1); attempt += 1) {
    const v4 = createServer(handler);
    await listen(v4, port, LOOPBACK_V4);
    const chosen = (v4.address() as AddressInfo).port;
    const v6 = createServer(handler);
    try {
      await listen(v6, chosen, LOOPBACK_V6);
      return { port: chosen, servers: [v4, v6], ipv6: true };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (NO_IPV6.has(code)) return { port: chosen, servers: [v4], ipv6: false };
      await closeServer(v4);
      if (code !== 'EADDRINUSE') throw error;
      if (port !== 0) throw new Error(`Port ${port} is already taken on [::1] by another program, which would answer "localhost:${port}"; choose another port.`);
    }
  }
  throw new Error('No free port was found whose [::1] side is free too.');
}
