import { randomBytes, timingSafeEqual } from 'node:crypto';

export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Compares in constant time, so the answer's timing says nothing about how much of a guess was right. */
export function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The names the preview answers to: the loopback addresses it listens on, and `localhost`, which resolves to one of them. */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** Only 127.0.0.1, [::1] or localhost on its port: a rebound DNS name never reaches the API. */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return LOOPBACK_NAMES.some((name) => hostHeader === `${name}:${port}`);
}

/** A browser's Origin, when it sends one, must be the page's own. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || LOOPBACK_NAMES.some((name) => origin === `http://${name}:${port}`);
}
