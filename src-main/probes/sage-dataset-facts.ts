import type { PathAccess } from '../../src-shared/model/observations.js';
import type { DirEntry, LookupFailureKind } from '../../src-shared/model/system.js';
import { joinPath } from '../../src-shared/paths/path-flavour.js';
import type { LookupTopic } from '../../src-shared/model/lookup-topics.js';
import { accessOf, noteFailure, type ProbeContext } from './probe-context.js';
import { sameWinName } from '../../src-shared/winpath/win-case.js';

/** The most data files whose last-write time is read to date a dataset's last use. */
const MAX_DATA_FILES = 400;

export interface DatasetFacts {
  /** `ACCDATA\SETUP.DTA` is there (names case-insensitive); null when the folder could not be read. */
  isDataset: boolean | null;
  /** Newest last-write time among the `.DTA` files in ACCDATA. */
  lastWrite?: string;
  /** Why the inside could not be read, when `isDataset` is null. */
  failure?: LookupFailureKind;
}

/** Looks inside a folder for a Sage dataset, reading only names, sizes and times — never the data. */
export async function datasetFacts(ctx: ProbeContext, folder: string, folderAccess: PathAccess, topic: LookupTopic): Promise<DatasetFacts> {
  if (folderAccess.state !== 'dir') return { isDataset: folderAccess.state === 'file' || folderAccess.state === 'missing' ? false : null };
  const folderListing = await listOrFailure(ctx, folder, topic);
  if ('failure' in folderListing) return { isDataset: null, failure: folderListing.failure };
  const accdata = folderListing.entries.find((e) => e.kind === 'dir' && sameWinName(e.name, 'ACCDATA'))?.name;
  if (accdata === undefined) return { isDataset: false };
  const accdataPath = joinPath(ctx.flavour, folder, accdata);
  const listing = await listOrFailure(ctx, accdataPath, topic);
  if ('failure' in listing) return { isDataset: null, failure: listing.failure };
  const setup = listing.entries.find((e) => e.kind === 'file' && sameWinName(e.name, 'SETUP.DTA'));
  if (!setup) return { isDataset: false };
  const dataFiles = listing.entries.filter((e) => e.kind === 'file' && /\.dta$/i.test(e.name)).slice(0, MAX_DATA_FILES);
  const times = await Promise.all(dataFiles.map(async (e) => {
    const access = await accessOf(ctx, joinPath(ctx.flavour, accdataPath, e.name), topic);
    return access.state === 'file' ? access.mtime : undefined;
  }));
  const lastWrite = times.filter((t): t is string => t !== undefined).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  return lastWrite === undefined ? { isDataset: true } : { isDataset: true, lastWrite };
}

async function listOrFailure(ctx: ProbeContext, folder: string, topic: LookupTopic): Promise<{ entries: DirEntry[] } | { failure: LookupFailureKind }> {
  const listing = await ctx.host.list(folder);
  if (listing.ok) return { entries: listing.value };
  noteFailure(ctx, `Listing ${folder}`, listing.error, topic);
  return { failure: listing.error.kind };
}
