import type { NdSidecar, ObservedPath, QuickBooksCompanyFile, QuickBooksObservations, QuickBooksRecentFile } from '../../src-shared/model/observations.js';
import type { InstalledProgram, ProcessInfo, RegistryKey, ServiceInfo } from '../../src-shared/model/system.js';
import { decodeSmallText } from '../../src-shared/parsers/decode-text.js';
import { parseNdText } from '../../src-shared/parsers/quickbooks-nd.js';
import { parseRecentFiles } from '../../src-shared/parsers/quickbooks-recent-files.js';
import { joinPath } from '../../src-shared/paths/path-flavour.js';
import { sameComputer } from '../../src-shared/model/computer-names.js';
import { knownFolder } from './known-folders.js';
import { accessOf, noteFailure, observePath, type ProbeContext } from './probe-context.js';
import { isCompanyFileName, isQuickBooksDbService, isQuickBooksProcess, isQuickBooksProgram, ndCandidates, quickBooksVersionOfFolder, quickBooksYearOfService } from './quickbooks-names.js';
import { INTUIT_ROOTS } from '../../src-shared/model/registry-roots.js';
import { rememberedByText } from '../../src-shared/model/text-memo.js';

const MAX_SMALL_TEXT_BYTES = 256 * 1024;
const MAX_RECENT_PER_LIST = 50;

interface RecentList {
  file: string;
  mtime: string;
  entries: string[];
}

export async function observeQuickBooks(
  ctx: ProbeContext,
  system: { installs: readonly InstalledProgram[]; services: readonly ServiceInfo[]; processes: readonly ProcessInfo[]; registry: readonly RegistryKey[] },
  configured: readonly string[],
): Promise<QuickBooksObservations> {
  const versions = new Set<string>();
  const listProblems: QuickBooksObservations['listProblems'] = [];
  const lists: RecentList[] = [];
  if (ctx.flavour === 'windows') {
    const intuit = `${knownFolder(ctx, 'LOCALAPPDATA')}\\Intuit`;
    const listing = await ctx.host.list(intuit);
    if (!listing.ok) {
      noteFailure(ctx, `Listing ${intuit}`, listing.error, 'quickbooks-lists');
      // Not there is an answer (no QuickBooks for this user); otherwise every list under it is unknown.
      if (listing.error.kind !== 'missing') listProblems.push({ file: intuit, problem: listing.error.message, lookupFailed: true });
    }
    const folders = listing.ok ? listing.value.filter((e) => e.kind === 'dir' && quickBooksVersionOfFolder(e.name)) : [];
    for (const f of folders) versions.add(quickBooksVersionOfFolder(f.name)!);
    const read = await Promise.all(folders.map((f) => readRecentList(ctx, joinPath(ctx.flavour, intuit, f.name, 'QBWUSER.INI'))));
    for (const r of read) {
      if (r && 'problem' in r) listProblems.push(r);
      else if (r) lists.push(r);
    }
  }
  for (const v of registryVersions(system.registry)) versions.add(v);
  for (const s of system.services.filter(isQuickBooksDbService)) versions.add(String(quickBooksYearOfService(s)));

  // Most recently written list first; within a list FILE1 first.
  lists.sort((a, b) => Date.parse(b.mtime) - Date.parse(a.mtime));
  const recentSpellings = lists.flatMap((l) => l.entries.slice(0, MAX_RECENT_PER_LIST).map((spelled) => ({ spelled, listedIn: l.file })));
  const recent: QuickBooksRecentFile[] = await Promise.all(
    recentSpellings.map(async (r, recency) => ({ path: await observePath(ctx, r.spelled), listedIn: r.listedIn, recency })),
  );

  const folderFiles = ctx.flavour === 'windows' ? await companyFilesFolder(ctx) : [];
  const configuredFiles = await Promise.all(configured.filter(isCompanyFileName).map((c) => observePath(ctx, c)));
  const companyFiles = await describeCompanyFiles(ctx, [
    ...recent.map((r) => ({ path: r.path, from: 'recent-list' as const })),
    ...folderFiles.map((path) => ({ path, from: 'company-files-folder' as const })),
    ...configuredFiles.map((path) => ({ path, from: 'configured' as const })),
  ]);

  return {
    versions: [...versions].sort(),
    recent,
    listProblems,
    companyFiles,
    installs: system.installs.filter(isQuickBooksProgram),
    services: system.services.filter(isQuickBooksDbService),
    processes: system.processes.filter(isQuickBooksProcess),
  };
}

async function readRecentList(ctx: ProbeContext, file: string): Promise<RecentList | QuickBooksObservations['listProblems'][number] | undefined> {
  const access = await accessOf(ctx, file, 'quickbooks-lists');
  if (access.state === 'missing' || access.state === 'dir') return undefined;
  if (access.state !== 'file') return { file, problem: access.message, lookupFailed: true };
  const bytes = await ctx.host.readFile(file, MAX_SMALL_TEXT_BYTES);
  if (!bytes.ok) {
    noteFailure(ctx, `Reading ${file}`, bytes.error, 'quickbooks-lists');
    return bytes.error.kind === 'too-large' ? { file, problem: bytes.error.message } : { file, problem: bytes.error.message, lookupFailed: true };
  }
  const text = decodeSmallText(bytes.value);
  if (!text.ok) return { file, problem: `it cannot be decoded: ${text.reason}` };
  return { file, mtime: access.mtime, entries: parseRecentFiles(text.text) };
}

function registryVersions(keys: readonly RegistryKey[]): string[] {
  // Every registry key the probes read (hundreds a PC): one loop, no array per key, each key's
  // version worked out once per key name (an office's PCs share most).
  const versions: string[] = [];
  for (const k of keys) {
    const version = quickBooksVersionOfKey(k.key);
    if (version !== '') versions.push(version);
  }
  return versions;
}

/** `HKLM\SOFTWARE\Intuit\QuickBooks\34.0` → `2024` (NN = year − 1990); '' for any other key. */
const quickBooksVersionOfKey = rememberedByText((key: string): string => {
  const lower = key.toLowerCase();
  const root = QUICKBOOKS_ROOTS.find((r) => lower.startsWith(r));
  const m = root ? /^(\d+)\.0$/.exec(key.slice(root.length)) : null;
  return m ? String(Number(m[1]) + 1990) : '';
});
const QUICKBOOKS_ROOTS: readonly string[] = INTUIT_ROOTS.map((r) => `${r.toLowerCase()}\\quickbooks\\`);

async function companyFilesFolder(ctx: ProbeContext): Promise<ObservedPath[]> {
  const folder = `${knownFolder(ctx, 'PUBLIC')}\\Documents\\Intuit\\QuickBooks\\Company Files`;
  const listing = await ctx.host.list(folder);
  if (!listing.ok) {
    noteFailure(ctx, `Listing ${folder}`, listing.error, 'quickbooks-files');
    return [];
  }
  const files = listing.value.filter((e) => e.kind === 'file' && isCompanyFileName(e.name));
  return Promise.all(files.map((f) => observePath(ctx, joinPath(ctx.flavour, folder, f.name))));
}

async function describeCompanyFiles(
  ctx: ProbeContext,
  seen: Array<{ path: ObservedPath; from: QuickBooksCompanyFile['foundIn'][number] }>,
): Promise<QuickBooksCompanyFile[]> {
  const byKey = new Map<string, { path: ObservedPath; foundIn: Set<QuickBooksCompanyFile['foundIn'][number]> }>();
  for (const s of seen) {
    if (!s.path.canonical) continue;
    const entry = byKey.get(s.path.canonical.key) ?? { path: s.path, foundIn: new Set() };
    entry.foundIn.add(s.from);
    byKey.set(s.path.canonical.key, entry);
  }
  return Promise.all(
    [...byKey.values()].map(async (e) => {
      const target = e.path.canonical!.canonical;
      const access = await accessOf(ctx, target, 'quickbooks-files');
      const file: QuickBooksCompanyFile = { path: e.path, access, foundIn: [...e.foundIn] };
      if (access.state === 'file') {
        const nd = await readNd(ctx, target);
        if (nd) file.nd = nd;
      }
      return file;
    }),
  );
}

async function readNd(ctx: ProbeContext, companyFile: string): Promise<NdSidecar | undefined> {
  for (const candidate of [...new Set(ndCandidates(companyFile))]) {
    const bytes = await ctx.host.readFile(candidate, MAX_SMALL_TEXT_BYTES);
    if (!bytes.ok) {
      if (bytes.error.kind !== 'missing') noteFailure(ctx, `Reading ${candidate}`, bytes.error, 'quickbooks-files');
      continue;
    }
    const text = decodeSmallText(bytes.value);
    if (!text.ok) return { file: candidate };
    const settings = parseNdText(text.text);
    const nd: NdSidecar = { file: candidate, ...settings };
    if (settings.hostName !== undefined) nd.hostedHere = sameComputer(settings.hostName, ctx.identity.computerName);
    return nd;
  }
  return undefined;
}
