import type { EquivalenceStep } from '../model/report-schema.js';
import type { DriveInfo } from '../model/system.js';
import { expandEnvironment } from './environment.js';
import { applyOneLink, describeLink, parseLinks } from './links.js';
import { mappedDriveToUnc } from './mapped-drives.js';
import { formatWinPath, parseWinPath, winPathKey, type SpellingNote, type WinPath } from './parse-win-path.js';
import { sameWinName, winUpcase } from './win-case.js';
import { serverWithoutSuffix } from './server-name.js';

/**
 * One spelling of a path, resolved as far as pure knowledge allows: environment variables,
 * `\\?\` and `\\.\`, `/`, `.`/`..`, trailing `\` and the periods and spaces Windows drops,
 * a Sage `\ACCDATA` suffix, links and 8.3 names from a table, and mapped drive letters through
 * the drive table. Two spellings with the same `key`
 * name the same file; `steps` say why, in words the UI can show.
 */
export interface CanonicalPath {
  input: string;
  canonical: string;
  key: string;
  path: WinPath;
  steps: EquivalenceStep[];
}

export interface PathContext {
  env?: Readonly<Record<string, string>>;
  drives?: readonly DriveInfo[];
  links?: Readonly<Record<string, string>>;
}

export interface CanonicaliseOptions {
  /** Treat the path as a Sage dataset: `…\Company.000\ACCDATA` names `…\Company.000`. */
  sageDataset?: boolean;
}

const NOTE_TEXT: Record<Exclude<SpellingNote, 'quotes'>, EquivalenceStep> = {
  'long-prefix': { kind: 'long-prefix', text: 'A leading \\\\?\\ is only the long-path form of the same path' },
  'device-prefix': { kind: 'long-prefix', text: 'A leading \\\\.\\ reaches the same path through the device namespace' },
  separator: { kind: 'separator', text: '/ and \\ both separate folders on Windows' },
  trailing: { kind: 'trailing', text: 'A trailing \\, or a period or space Windows drops from a name, makes no difference' },
  dots: { kind: 'dots', text: '. and .. in the path were worked out' },
};

const MAX_RESOLUTION_ROUNDS = 16;

export type Canonicalised = { ok: true; value: CanonicalPath } | { ok: false; reason: string };

export function canonicaliseWinPath(input: string, context: PathContext = {}, options: CanonicaliseOptions = {}): Canonicalised {
  const steps: EquivalenceStep[] = [];
  const env = expandEnvironment(input, context.env ?? {});
  for (const name of env.expanded) steps.push({ kind: 'environment', text: `%${name}% stands for a folder on this PC` });

  const parsed = parseWinPath(env.text);
  if (!parsed.ok) return parsed;
  for (const note of parsed.notes) if (note !== 'quotes') steps.push(NOTE_TEXT[note]);

  let path = parsed.path;
  if (options.sageDataset) {
    const last = path.segments.at(-1);
    if (last !== undefined && sameWinName(last, 'ACCDATA')) {
      path = { root: path.root, segments: path.segments.slice(0, -1) };
      steps.push({ kind: 'accdata', text: 'ACCDATA is the data folder inside the dataset; the dataset is the folder that holds it' });
    }
  }

  path = resolveLinksAndDrives(path, context, steps);
  return { ok: true, value: { input, canonical: formatWinPath(path), key: winPathKey(path), path, steps } };
}

/** Applies links and mapped drives until nothing changes (bounded, so a link loop cannot hang it). */
function resolveLinksAndDrives(start: WinPath, context: PathContext, steps: EquivalenceStep[]): WinPath {
  const links = parseLinks(context.links);
  let path = start;
  for (let round = 0; round < MAX_RESOLUTION_ROUNDS; round++) {
    const linked = applyOneLink(path, links);
    if (linked) {
      path = linked.path;
      steps.push({ kind: 'link', text: describeLink(linked.link) });
      continue;
    }
    const mapped = mappedDriveToUnc(path, context.drives ?? []);
    if (mapped) {
      path = mapped.path;
      steps.push({ kind: 'mapped-drive', text: `${mapped.letter} is ${mapped.remote}` });
      continue;
    }
    break;
  }
  return path;
}

/** Whether two canonical spellings name the same file, with every reason that made it so. */
export function sameFileExplained(a: CanonicalPath, b: CanonicalPath): { same: boolean; steps: EquivalenceStep[] } {
  if (a.key !== b.key) return { same: false, steps: [] };
  const steps: EquivalenceStep[] = [];
  const seen = new Set<string>();
  for (const step of [...a.steps, ...b.steps]) {
    const id = `${step.kind}:${winUpcase(step.text)}`;
    if (!seen.has(id)) {
      seen.add(id);
      steps.push(step);
    }
  }
  const server = serverNameStep(a.path, b.path);
  if (server) steps.push(server);
  if (spelledWithoutSuffix(a.path) !== spelledWithoutSuffix(b.path)) steps.push({ kind: 'case', text: 'Windows ignores upper and lower case in file names' });
  return { same: true, steps };
}

/** "FILESRV.office.local and FILESRV are one server": when two shares' servers differ only by a DNS suffix. */
function serverNameStep(a: WinPath, b: WinPath): EquivalenceStep | undefined {
  if (a.root.kind !== 'unc' || b.root.kind !== 'unc' || a.root.server.toLowerCase() === b.root.server.toLowerCase()) return undefined;
  const [long, short] = a.root.server.length >= b.root.server.length ? [a.root.server, b.root.server] : [b.root.server, a.root.server];
  const bare = serverWithoutSuffix(short) === short;
  return {
    kind: 'server-name',
    text: bare
      ? `${long} is ${short} with its DNS suffix: the same server`
      : `${long} and ${short} differ only in their DNS suffix: the same server name`,
  };
}

/** The spelling with each server's DNS suffix left out, so that only the other differences remain. */
function spelledWithoutSuffix(path: WinPath): string {
  return path.root.kind === 'unc' ? formatWinPath({ root: { ...path.root, server: serverWithoutSuffix(path.root.server) }, segments: path.segments }) : formatWinPath(path);
}
