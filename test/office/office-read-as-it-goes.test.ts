import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listOfficeFiles, readOfficeSources, type OfficeFile } from '../../src-main/check/office-sources.js';
import { runOfficeCheck } from '../../src-main/check/run-office-check.js';

const OFFICES = new URL('../fixtures/offices/', import.meta.url).pathname;
const offices = readdirSync(OFFICES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const withoutTime = (report: { generatedAt: string }): unknown => JSON.parse(JSON.stringify(report).replaceAll(report.generatedAt, 'generated-at'));

/** The files, counting how often each is read. */
async function countedFiles(folder: string): Promise<{ files: OfficeFile[]; reads: Map<string, number> }> {
  const reads = new Map<string, number>();
  const files = (await listOfficeFiles([folder])).map((f) => ({
    file: f.file,
    read: () => {
      reads.set(f.file, (reads.get(f.file) ?? 0) + 1);
      return f.read();
    },
  }));
  return { files, reads };
}

describe('an office read a few snapshots at a time', () => {
  it.each(offices)('%s: judged exactly as with every snapshot read first', async (office) => {
    const folder = join(OFFICES, office);
    for (const given of [{ autoentryPaths: [] }, { autoentryPaths: ['S:\\Sage\\Company.000'] }]) {
      const fromFiles = await runOfficeCheck(await listOfficeFiles([folder]), given);
      const fromSources = await runOfficeCheck(await readOfficeSources([folder]), given);
      expect(withoutTime(fromFiles)).toEqual(withoutTime(fromSources));
    }
  });

  it('reads a snapshot once when it carries the paths the office settles on, twice when it was observed with others', async () => {
    // healthy: SYNC-PC (runs the Sync App) was collected with S:\Sage\Company.000, OFFICE-PC1 with
    // S:\Wrong\Company.000, OFFICE-PC2 with none: the office settles on the Sync App PC's.
    const { files, reads } = await countedFiles(join(OFFICES, 'healthy'));
    const report = await runOfficeCheck(files, { autoentryPaths: [] });
    expect(withoutTime(report)).toEqual(withoutTime(await runOfficeCheck(await readOfficeSources([join(OFFICES, 'healthy')]), { autoentryPaths: [] })));
    // Every PC judged with the settled path, none with the one OFFICE-PC1's bundle carried.
    for (const machine of report.machines) expect(JSON.stringify(machine.report)).toContain('S:\\\\Sage\\\\Company.000');
    expect(JSON.stringify(report)).not.toContain('Wrong');
    const byName = Object.fromEntries([...reads].map(([file, n]) => [file.split('/').pop(), n]));
    expect(byName).toEqual({ 'SYNC-PC.json': 1, 'OFFICE-PC1.json': 2, 'OFFICE-PC2.json': 2 });
  });

  it('reads each snapshot once when the paths are given', async () => {
    const { files, reads } = await countedFiles(join(OFFICES, 'healthy'));
    await runOfficeCheck(files, { autoentryPaths: ['S:\\Sage\\Company.000'] });
    expect([...reads.values()]).toEqual([1, 1, 1]);
  });
});
