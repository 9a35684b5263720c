import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSnapshotFile, parseSnapshotText, type SnapshotLoad } from '../host/snapshot/load-snapshot.js';

/** One file given to the office check, read or not. */
export interface OfficeSource {
  file: string;
  load: SnapshotLoad;
}

/** Each argument is a snapshot file or a folder of them (`*.json`, not recursive). */
export async function readOfficeSources(args: readonly string[]): Promise<OfficeSource[]> {
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
  return Promise.all(files.map(async (file) => ({ file, load: await loadSnapshotFile(file) })));
}

/** Snapshots handed over as text (the window's file picker): the same checks as files on disk. */
export function officeSourcesFromTexts(files: ReadonlyArray<{ name: string; text: string }>): OfficeSource[] {
  return files.map((f) => ({ file: f.name, load: parseSnapshotText(f.text, f.name) }));
}
