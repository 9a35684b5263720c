import type { PathAccess } from '../../src-shared/model/observations.js';
import { joinPath } from '../../src-shared/paths/path-flavour.js';
import { accessOf, noteFailure, type ProbeContext } from './probe-context.js';

/** The most data files whose last-write time is read to date a dataset's last use. */
const MAX_DATA_FILES = 400;

export interface DatasetFacts {
  /** `ACCDATA\SETUP.DTA` is there (names case-insensitive); null when the folder could not be read. */
  isDataset: boolean | null;
  /** Newest last-write time among the `.DTA` files in ACCDATA. */
  lastWrite?: string;
}

/** Looks inside a folder for a Sage dataset, reading only names, sizes and times — never the data. */
export async function datasetFacts(ctx: ProbeContext, folder: string, folderAccess: PathAccess): Promise<DatasetFacts> {
  if (folderAccess.state !== 'dir') return { isDataset: folderAccess.state === 'file' || folderAccess.state === 'missing' ? false : null };
  const accdata = await findEntry(ctx, folder, 'accdata', 'dir');
  if (accdata === null) return { isDataset: null };
  if (accdata === undefined) return { isDataset: false };
  const accdataPath = joinPath(ctx.flavour, folder, accdata);
  const listing = await ctx.host.list(accdataPath);
  if (!listing.ok) {
    noteFailure(ctx, `Listing ${accdataPath}`, listing.error);
    return { isDataset: null };
  }
  const setup = listing.value.find((e) => e.kind === 'file' && e.name.toLowerCase() === 'setup.dta');
  if (!setup) return { isDataset: false };
  const dataFiles = listing.value.filter((e) => e.kind === 'file' && /\.dta$/i.test(e.name)).slice(0, MAX_DATA_FILES);
  const times = await Promise.all(dataFiles.map(async (e) => {
    const access = await accessOf(ctx, joinPath(ctx.flavour, accdataPath, e.name));
    return access.state === 'file' ? access.mtime : undefined;
  }));
  const lastWrite = times.filter((t): t is string => t !== undefined).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  return lastWrite === undefined ? { isDataset: true } : { isDataset: true, lastWrite };
}

/** The real name of a child (case-insensitive match); undefined when absent, null when the folder cannot be read. */
async function findEntry(ctx: ProbeContext, folder: string, lowerName: string, kind: 'file' | 'dir'): Promise<string | undefined | null> {
  const listing = await ctx.host.list(folder);
  if (!listing.ok) {
    noteFailure(ctx, `Listing ${folder}`, listing.error);
    return null;
  }
  return listing.value.find((e) => e.kind === kind && e.name.toLowerCase() === lowerName)?.name;
}
