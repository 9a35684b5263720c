import type { MachineSnapshot, SnapshotFile } from '../../src-shared/model/machine-snapshot-schema.js';
import { Pseudonyms, type PseudonymKind } from './pseudonyms.js';
import { isKeptEnvironmentName } from './recording-host.js';
import { redactName, redactPath } from './redact-path.js';
import { redactRegistryKey, redactRegistryValues } from './redact-registry.js';
import { isKnownName } from './redact-vocabulary.js';
import { parsedFileKind, redactFreeText, redactTextFile, redactValue } from './redact-text.js';

/** The check inputs a bundle carries beside the machine, redacted the same way. */
export interface CollectedInputs {
  autoentryPaths: string[];
  syncAppLocation?: string;
  /** The Sync App patterns the check used: a redacted bundle keeps known words, a pseudonym for any other. */
  syncAppPatterns?: string[];
}

/** Names from outside the machine that must not survive either: the settings' company names. */
export interface RedactOptions {
  companyNames?: readonly string[];
}

/** Environment variables that hold a name, not a path. */
const NAME_VARIABLES: Record<string, PseudonymKind> = { username: 'user', user: 'user', computername: 'computer', userdomain: 'domain', logonserver: 'server', clientname: 'computer' };

/** Service accounts that name a role, not a person. */
const ROLE_ACCOUNT = /^(localsystem|local ?service|network ?service|nt authority\\.*|nt service\\.*|\.\\qbdataserviceuser\d+|qbdataserviceuser\d+)$/i;

function contentText(file: SnapshotFile): { text: string; encode: (text: string) => SnapshotFile } | undefined {
  if (file.text !== undefined) return { text: file.text, encode: (text) => ({ ...file, text }) };
  if (file.base64 === undefined) return undefined;
  const bytes = Buffer.from(file.base64, 'base64');
  const reencode = (prefix: Buffer, encoding: BufferEncoding) => (text: string) => {
    const out = Buffer.concat([prefix, Buffer.from(text, encoding)]);
    return { ...file, base64: out.toString('base64'), size: out.length };
  };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: bytes.subarray(2).toString('utf16le'), encode: reencode(Buffer.from([0xff, 0xfe]), 'utf16le') };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString('utf8'), encode: reencode(Buffer.from([0xef, 0xbb, 0xbf]), 'utf8') };
  return { text: bytes.toString('latin1'), encode: reencode(Buffer.alloc(0), 'latin1') };
}

/**
 * A copy of a snapshot that keeps only what the rules read, with user names, computer and
 * server names, the domain, client folder and file names and the settings' company names
 * replaced by stable pseudonyms, the same everywhere they occur (paths, `;`-joined lists, file
 * contents, process owners, registry values, the check inputs, free text), and e-mail addresses
 * and phone numbers masked — so the redacted snapshot names nobody and diagnoses as the original did.
 */
export function redactSnapshot(
  snapshot: MachineSnapshot,
  inputs: CollectedInputs = { autoentryPaths: [] },
  options: RedactOptions = {},
): { snapshot: MachineSnapshot; inputs: CollectedInputs } {
  const { host } = snapshot;
  const pseudonyms = new Pseudonyms([
    [host.userName, 'user'],
    [host.computerName, 'computer'],
    ...(host.userDomain !== undefined ? ([[host.userDomain, 'domain']] as Array<[string, 'domain']>) : []),
    ...(inputs.syncAppLocation !== undefined ? ([[inputs.syncAppLocation, 'computer']] as Array<[string, 'computer']>) : []),
  ]);
  const path = (p: string) => redactPath(p, pseudonyms);
  const value = (v: string) => redactValue(v, pseudonyms);
  const envValue = (name: string, v: string) => {
    const kind = NAME_VARIABLES[name.toLowerCase()];
    if (kind === undefined || v.trim() === '') return value(v);
    const bare = v.replace(/^\\\\/, '');
    return `${v.startsWith('\\\\') ? '\\\\' : ''}${pseudonyms.known(bare) ?? pseudonyms.of(bare, kind)}`;
  };
  const name = (n: string) => redactName(n, pseudonyms);
  const account = (a: string) => {
    // A role account only when every part of it is a known word (`NT AUTHORITY\<client>` is not).
    if (ROLE_ACCOUNT.test(a) && a.split('\\').every((part) => part === '.' || isKnownName(part))) return a;
    const slash = a.lastIndexOf('\\');
    if (slash < 0) return pseudonyms.known(a) ?? pseudonyms.of(a, 'user');
    const domain = a.slice(0, slash);
    const user = a.slice(slash + 1);
    const redactedDomain = domain === '.' ? '.' : (pseudonyms.known(domain) ?? pseudonyms.of(domain, 'domain'));
    return `${redactedDomain}\\${pseudonyms.known(user) ?? pseudonyms.of(user, 'user')}`;
  };

  const files: Record<string, SnapshotFile> = {};
  for (const [filePath, file] of Object.entries(snapshot.files)) {
    const content = contentText(file);
    files[path(filePath)] = content === undefined ? file : content.encode(redactTextFile(content.text, pseudonyms, parsedFileKind(filePath)));
  }

  const out: MachineSnapshot = {
    ...snapshot,
    host: {
      ...host,
      computerName: pseudonyms.known(host.computerName)!,
      userName: pseudonyms.known(host.userName)!,
      ...(host.userDomain !== undefined ? { userDomain: pseudonyms.known(host.userDomain)! } : {}),
    },
    env: Object.fromEntries(Object.entries(snapshot.env).filter(([name]) => isKeptEnvironmentName(name)).map(([name, v]) => [name, envValue(name, v)])),
    drives: Object.fromEntries(Object.entries(snapshot.drives).map(([letter, d]) => [letter, d.remote === undefined ? d : { ...d, remote: path(d.remote) }])),
    files,
    processes: snapshot.processes.map((p) => ({ ...p, name: name(p.name), ...(p.path !== undefined ? { path: path(p.path) } : {}), ...(p.user !== undefined ? { user: account(p.user) } : {}) })),
    services: snapshot.services.map((s) => ({ ...s, name: name(s.name), ...(s.path !== undefined ? { path: path(s.path) } : {}), ...(s.account !== undefined ? { account: account(s.account) } : {}) })),
    registry: Object.fromEntries(Object.entries(snapshot.registry).map(([key, values]) => [redactRegistryKey(key, pseudonyms), redactRegistryValues(key, values, (_name, v) => value(v))])),
  };
  if (snapshot.shares) out.shares = Object.fromEntries(Object.entries(snapshot.shares).map(([p, s]) => [path(p), s]));
  if (snapshot.dirs) out.dirs = snapshot.dirs.map(path);
  if (snapshot.links) out.links = Object.fromEntries(Object.entries(snapshot.links).map(([from, to]) => [path(from), path(to)]));
  if (snapshot.denied) out.denied = snapshot.denied.map(path);
  if (snapshot.slow) out.slow = Object.fromEntries(Object.entries(snapshot.slow).map(([p, ms]) => [path(p), ms]));
  // The inputs after the machine, so the machine's pseudonyms do not depend on what was asked.
  const redactedInputs: CollectedInputs = { autoentryPaths: inputs.autoentryPaths.map(path) };
  if (inputs.syncAppLocation !== undefined) redactedInputs.syncAppLocation = pseudonyms.known(inputs.syncAppLocation)!;
  if (inputs.syncAppPatterns !== undefined) redactedInputs.syncAppPatterns = inputs.syncAppPatterns.map((pattern) => (isKnownName(pattern) ? pattern : (pseudonyms.known(pattern) ?? pseudonyms.of(pattern, 'folder'))));
  for (const company of options.companyNames ?? []) if (company.trim() !== '') pseudonyms.known(company.trim()) ?? pseudonyms.of(company.trim(), 'folder');
  // Free text last, so every name met in a path (and the company names) is known by then.
  const text = (v: string) => redactFreeText(v, pseudonyms);
  out.env = Object.fromEntries(Object.entries(out.env).map(([name, v]) => [name, text(v)]));
  out.registry = Object.fromEntries(
    Object.entries(out.registry).map(([key, values]) => [key, Object.fromEntries(Object.entries(values).map(([n, v]) => [n, typeof v === 'string' ? text(v) : Array.isArray(v) ? v.map(text) : v]))]),
  );
  out.services = out.services.map((s) => (s.displayName !== undefined ? { ...s, displayName: text(s.displayName) } : s));
  if (host.os !== undefined) out.host.os = text(host.os);
  // A failed look-up's message may quote a tool's output: user, computer and folder names in it go too.
  if (snapshot.lookupFailures) out.lookupFailures = snapshot.lookupFailures.map((f) => ({ ...f, what: text(f.what), message: text(f.message) }));
  return { snapshot: out, inputs: redactedInputs };
}
