import { MAX_OFFICE_FILE_CHARS } from '../../src-shared/ipc/contract.js';

export interface SnapshotText {
  name: string;
  text: string;
}

/**
 * Reads picked or dropped files as text for the main side to judge. A file too large to be a
 * snapshot is sent as an empty text, so it is reported as unreadable with the others.
 */
export async function readSnapshotFiles(files: Iterable<File>): Promise<SnapshotText[]> {
  const read: SnapshotText[] = [];
  for (const file of files) {
    if (file.size > MAX_OFFICE_FILE_CHARS) read.push({ name: file.name, text: '' });
    else read.push({ name: file.name, text: await file.text() });
  }
  return read;
}
