import type { SageDataset, SageObservations, SageVersion, UnreadPlace } from '../../src-shared/model/observations.js';
import type { InstalledProgram, ProcessInfo, ServiceInfo } from '../../src-shared/model/system.js';
import { decodeSmallText, nonBlankLines } from '../../src-shared/parsers/decode-text.js';
import { canonicalisePath, joinPath } from '../../src-shared/paths/path-flavour.js';
import { knownFolder } from './known-folders.js';
import { accessOf, noteFailure, observePath, type ProbeContext } from './probe-context.js';
import { datasetFacts } from './sage-dataset-facts.js';
import { isSageDataService, isSageProcess, isSageProgram, sageVersionOfFolder } from './sage50-names.js';
import { winUpcase } from '../../src-shared/winpath/win-case.js';

/** A COMPANY list is a few hundred bytes; anything near this is not one. */
const MAX_COMPANY_LIST_BYTES = 256 * 1024;
/** The most datasets read from one COMPANY list. */
const MAX_DATASETS_PER_LIST = 200;

/** Where Sage 50 keeps its per-version settings: today's location and Windows XP's. */
export function sageSettingsRoots(ctx: ProbeContext): string[] {
  if (ctx.flavour !== 'windows') return [];
  const systemDrive = knownFolder(ctx, 'SystemDrive');
  return [
    `${knownFolder(ctx, 'ProgramData')}\\Sage\\Accounts`,
    `${systemDrive}\\Documents and Settings\\All Users\\Application Data\\Sage\\Accounts`,
  ];
}

export async function observeSage(
  ctx: ProbeContext,
  system: { installs: readonly InstalledProgram[]; services: readonly ServiceInfo[]; processes: readonly ProcessInfo[] },
): Promise<SageObservations> {
  const datasets = new Map<string, Promise<SageDataset>>();
  const observeOnce = (spelled: string): Promise<SageDataset> => {
    const key = winUpcase(spelled.trim());
    let pending = datasets.get(key);
    if (!pending) datasets.set(key, (pending = observeDataset(ctx, spelled)));
    return pending;
  };

  const unreadFolders: UnreadPlace[] = [];
  const perRoot = await Promise.all(sageSettingsRoots(ctx).map((root) => versionsUnder(ctx, root, observeOnce, unreadFolders)));
  const versions = perRoot.flat().sort((a, b) => b.version - a.version || a.settingsFolder.localeCompare(b.settingsFolder));
  return {
    versions,
    unreadFolders,
    installs: system.installs.filter(isSageProgram),
    services: system.services.filter(isSageDataService),
    processes: system.processes.filter(isSageProcess),
  };
}

async function versionsUnder(
  ctx: ProbeContext,
  root: string,
  observeDataset: (spelled: string) => Promise<SageDataset>,
  unreadFolders: UnreadPlace[],
): Promise<SageVersion[]> {
  const listing = await ctx.host.list(root);
  if (!listing.ok) {
    noteFailure(ctx, `Listing ${root}`, listing.error, 'sage-settings');
    // Not there is an answer; denied, no answer or an error leave every version under it unknown.
    if (listing.error.kind !== 'missing') unreadFolders.push({ path: root, problem: listing.error.message });
    return [];
  }
  const folders = listing.value.flatMap((e) => {
    const version = e.kind === 'dir' ? sageVersionOfFolder(e.name) : undefined;
    return version === undefined ? [] : [{ name: e.name, version }];
  });
  const versions = await Promise.all(folders.map((f) => versionIn(ctx, root, f.name, f.version, observeDataset)));
  return versions.filter((v): v is SageVersion => v !== undefined);
}

async function versionIn(
  ctx: ProbeContext,
  root: string,
  name: string,
  version: number,
  observeDataset: (spelled: string) => Promise<SageDataset>,
): Promise<SageVersion | undefined> {
  const settingsFolder = joinPath(ctx.flavour, root, name);
  const companyFile = joinPath(ctx.flavour, settingsFolder, 'COMPANY');
  const access = await accessOf(ctx, companyFile, 'sage-settings');
  if (access.state === 'missing' || access.state === 'dir') return undefined;
  const base = { name, version, settingsFolder, companyFile, ...(access.state === 'file' && { companyFileMtime: access.mtime }) };
  if (access.state !== 'file') return { ...base, list: { readable: false, problem: access.message, lookupFailed: true } };

  const bytes = await ctx.host.readFile(companyFile, MAX_COMPANY_LIST_BYTES);
  if (!bytes.ok) {
    noteFailure(ctx, `Reading ${companyFile}`, bytes.error, 'sage-settings');
    if (bytes.error.kind === 'too-large') return { ...base, list: { readable: false, problem: 'it is far too large to be a list of company datasets' } };
    return { ...base, list: { readable: false, problem: bytes.error.message, lookupFailed: true } };
  }
  const list = await readCompanyList(ctx, bytes.value, observeDataset);
  return { ...base, list };
}

async function readCompanyList(
  ctx: ProbeContext,
  bytes: Uint8Array,
  observeDataset: (spelled: string) => Promise<SageDataset>,
): Promise<SageVersion['list']> {
  const decoded = decodeSmallText(bytes);
  if (!decoded.ok) return { readable: false, problem: `it cannot be decoded: ${decoded.reason}` };
  const lines = nonBlankLines(decoded.text);
  const paths: string[] = [];
  const badLines: number[] = [];
  for (const line of lines) {
    const spelling = canonicalisePath(ctx.flavour, line.text, { env: ctx.env, drives: ctx.drives }, { sageDataset: true });
    if (!spelling.ok) badLines.push(line.line);
    else paths.push(line.text);
  }
  if (paths.length === 0 && badLines.length > 0) return { readable: false, problem: 'none of its lines is a dataset path' };
  const datasets = await Promise.all(paths.slice(0, MAX_DATASETS_PER_LIST).map(observeDataset));
  return { readable: true, datasets, badLines };
}

export async function observeDataset(ctx: ProbeContext, spelled: string): Promise<SageDataset> {
  const path = await observePath(ctx, spelled, { sageDataset: true });
  if (!path.canonical) return { path, access: { state: 'error', message: path.invalidReason ?? 'not a valid path' }, isDataset: null, network: false };
  const access = await accessOf(ctx, path.canonical.canonical, 'datasets');
  const facts = await datasetFacts(ctx, path.canonical.canonical, access, 'datasets');
  const dataset: SageDataset = { path, access, isDataset: facts.isDataset, network: path.canonical.path.root.kind === 'unc' };
  if (facts.lastWrite !== undefined) dataset.lastWrite = facts.lastWrite;
  return dataset;
}
