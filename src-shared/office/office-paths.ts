import type { ObservedPath } from '../model/observations.js';
import { canonicaliseWinPath, type CanonicalPath } from '../winpath/canonical-path.js';
import { formatWinPath, type WinPath } from '../winpath/parse-win-path.js';
import { winUpcase } from '../winpath/win-case.js';
import { serverShortName } from '../winpath/server-name.js';
import type { OfficeMachine } from './office-machine.js';

/**
 * A path as one PC spells it, resolved on that PC: a mapped drive through its own drive
 * table and links. `key` is equal for two spellings of one file anywhere in the office: a
 * share is compared case-insensitively with the server's DNS suffix dropped; a local path
 * (`C:\…`) is a file on that PC only, so its key carries the PC's name.
 */
export interface OfficePath {
  computerName: string;
  spelled: string;
  /** The share path (`\\FILESRV\Accounts\Sage\Company.000`) or the local path. */
  resolved: string;
  local: boolean;
  key: string;
}

/** One rule for a server's name everywhere (winpath/server-name.ts): the DNS suffix left out. */
export { serverShortName };

/** The office-wide key of a share path: server without DNS suffix, names folded as Windows folds them. */
export function shareKeyOf(server: string, share: string, segments: readonly string[]): string {
  return `\\\\${serverShortName(server)}\\${winUpcase([share, ...segments].join('\\'))}`;
}

function keyOf(path: WinPath, computerName: string): { key: string; local: boolean } {
  if (path.root.kind === 'unc') return { key: shareKeyOf(path.root.server, path.root.share, path.segments), local: false };
  return { key: `${computerName.toLowerCase()}|${winUpcase([path.root.letter, ...path.segments].join('\\'))}`, local: true };
}

function fromCanonical(machine: OfficeMachine, spelled: string, canonical: CanonicalPath): OfficePath {
  const { key, local } = keyOf(canonical.path, machine.computerName);
  return { computerName: machine.computerName, spelled, resolved: formatWinPath(canonical.path), local, key };
}

/** Resolves a spelling on the PC that spells it; undefined when it is not a Windows path. */
export function resolveOnMachine(machine: OfficeMachine, spelled: string, sageDataset: boolean): OfficePath | undefined {
  if (machine.observations.flavour !== 'windows') return undefined;
  const context = { env: {}, drives: machine.observations.drives, ...(machine.links && { links: machine.links }) };
  const parsed = canonicaliseWinPath(spelled, context, { sageDataset });
  return parsed.ok ? fromCanonical(machine, spelled, parsed.value) : undefined;
}

/** An observed path as resolved by the probe on that PC (host links included), else resolved here. */
export function officePathOf(machine: OfficeMachine, observed: ObservedPath, sageDataset: boolean): OfficePath | undefined {
  if (machine.observations.flavour !== 'windows') return undefined;
  if (observed.canonical) return fromCanonical(machine, observed.spelled, observed.canonical);
  return resolveOnMachine(machine, observed.spelled, sageDataset);
}
