import { fail, type HostFailureKind, type HostResult } from '../host.js';

const KIND_BY_CODE: Record<string, HostFailureKind> = {
  ENOENT: 'missing',
  EACCES: 'denied',
  EPERM: 'denied',
  ENOTDIR: 'wrong-kind',
  EISDIR: 'wrong-kind',
  ETIMEDOUT: 'unreachable',
  EHOSTDOWN: 'unreachable',
  EHOSTUNREACH: 'unreachable',
  ENETDOWN: 'unreachable',
  ENETUNREACH: 'unreachable',
  ENOTCONN: 'unreachable',
  ECONNREFUSED: 'unreachable',
  ECONNRESET: 'unreachable',
  ECONNABORTED: 'unreachable',
  EIO: 'unreachable',
  ESTALE: 'unreachable',
  EBUSY: 'denied',
  ELOOP: 'error',
  ENAMETOOLONG: 'error',
};

/** Windows error numbers libuv does not name: a network path that is gone is "unreachable". */
const UNREACHABLE_WINDOWS_ERRNOS = new Set([
  -4053 /* UNKNOWN from ERROR_BAD_NETPATH */, 53 /* ERROR_BAD_NETPATH */, 64 /* ERROR_NETNAME_DELETED */,
  67 /* ERROR_BAD_NET_NAME */, 1222 /* ERROR_NO_NETWORK */, 1231 /* ERROR_NETWORK_UNREACHABLE */,
]);

/** The Host failure kind of a Node fs error (`missing`, `denied`, `unreachable`, …). */
export function failureKindOf(error: unknown): HostFailureKind {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && code in KIND_BY_CODE) return KIND_BY_CODE[code]!;
  const errno = (error as NodeJS.ErrnoException | undefined)?.errno;
  if (typeof errno === 'number' && UNREACHABLE_WINDOWS_ERRNOS.has(Math.abs(errno))) return 'unreachable';
  return 'error';
}

export function fsFailure(error: unknown, what: string, path: string): HostResult<never> {
  const kind = failureKindOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  return fail(kind, `${what} ${path}: ${detail}`, path);
}
