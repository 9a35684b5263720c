/**
 * Where in the registry the checks look — a fact about Windows, not about one probe: the probes
 * read the keys under these roots, the Windows host reads them all in one call, and a collected
 * snapshot keeps the keys under them. Pure, so every host and the probes above them share it.
 */

/** The lists of installed programs (both registry views and the user's own). */
export const UNINSTALL_ROOTS = [
  'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall',
  'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall',
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall',
] as const;
/** Persistent drive mappings, one subkey a letter. */
export const NETWORK_DRIVE_ROOT = 'HKCU\\Network';
export const INTUIT_ROOTS = ['HKLM\\SOFTWARE\\Intuit', 'HKLM\\SOFTWARE\\WOW6432Node\\Intuit'] as const;
export const SAGE_ROOTS = ['HKLM\\SOFTWARE\\Sage', 'HKLM\\SOFTWARE\\WOW6432Node\\Sage'] as const;
/** The registry roots every probe needs, read in one call. */
export const PROBE_REGISTRY_ROOTS: readonly string[] = [...UNINSTALL_ROOTS, NETWORK_DRIVE_ROOT, ...INTUIT_ROOTS, ...SAGE_ROOTS];
