import { PROBE_REGISTRY_ROOTS } from '../../probes/registry-facts.js';

/** The registry roots the probes read; one PowerShell refresh reads them all at once. */
export const DEFAULT_REGISTRY_ROOTS: readonly string[] = PROBE_REGISTRY_ROOTS;
