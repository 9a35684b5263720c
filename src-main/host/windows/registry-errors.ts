import type { HostFailure } from '../host.js';
import { isAtOrBelow } from '../../../src-shared/model/registry-key-path.js';

/**
 * The registry failures a PowerShell refresh met (its `errors`, system-functions-ps.ts writes
 * `registry <key>: <message>` for a key or value it could not read), each as a failure of the
 * root it concerns (the most specific root asked for at or above the key). A root this user may
 * not read is then a failed look-up, as the console path's denied `reg query` is — never a tree
 * read and found empty. Errors about other parts, or keys under no root asked for, are left out.
 */
export function registryFailures(errors: readonly string[], roots: readonly string[]): HostFailure[] {
  return errors.flatMap((error) => {
    const parsed = /^registry (.+?): (.*)$/s.exec(error);
    if (!parsed) return [];
    const [, key, message] = parsed as unknown as [string, string, string];
    const root = roots.filter((r) => isAtOrBelow(key, r)).sort((a, b) => b.length - a.length)[0];
    if (root === undefined) return [];
    return [{ kind: DENIED.test(message) ? 'denied' : 'error', message: `${key}: ${message}`, path: root } satisfies HostFailure];
  });
}

/** Whether an error is about a key at or below one of these roots (kept with keys read earlier). */
export function isRegistryErrorBelow(error: string, roots: readonly string[]): boolean {
  return registryFailures([error], roots).length > 0;
}

/**
 * .NET's messages for a key this user may not open: SecurityException "Requested registry access
 * is not allowed." and UnauthorizedAccessException "Access to the registry key '…' is denied."
 * (learn.microsoft.com, RegistryKey.OpenSubKey: Exceptions). Only the kind depends on it.
 */
const DENIED = /registry access is not allowed|access to the registry key .* is denied|SecurityException|UnauthorizedAccess/i;
