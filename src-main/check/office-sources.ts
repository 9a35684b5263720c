import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSnapshotFile, parseSnapshotText, type SnapshotLoad } from '../host/snapshot/load-snapshot.js';

/** One file given to the office check, read or not. */
export interface OfficeSource {
  file: string;
  load: SnapshotLoad;
}

/** One file given to the office check, read when the check comes to it (and let go after). */
export interface OfficeFile {
  file: string;
  read(): Promise<SnapshotLoad>;
}

/** Each argument is a snapshot file or a folder of them (`*.json`, not recursive); none is read yet. */
export async function listOfficeFiles(args: readonly string[]): Promise<OfficeFile[]> {
  const files: string[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = await readdir(arg).catch(() => [] as string[]);
      files.push(...names.filter((n) => n.toLowerCase().endsWith('.json')).sort().map((n) => join(arg, n)));
    } else {
      files.push(arg);
    }
  }
  return files.map((file) => ({ file, read: () => loadSnapshotFile(file) }));
}

/** Each argument is a snapshot file or a folder of them (`*.json`, not recursive), every one read. */
export async function readOfficeSources(args: readonly string[]): Promise<OfficeSource[]> {
  return Promise.all((await listOfficeFiles(args)).map(async ({ file, read }) => ({ file, load: await read() })));
}

/** Snapshots handed over as text (the window's file picker): the same checks as files on disk. */
export function officeSourcesFromTexts(files: ReadonlyArray<{ name: string; text: string }>): OfficeSource[] {
  return files.map((f) => ({ file: f.name, load: parseSnapshotText(f.text, f.name) }));
}
