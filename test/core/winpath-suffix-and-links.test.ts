import { describe, expect, it } from 'vitest';
import { canonicaliseWinPath } from '../../src-shared/winpath/canonical-path.js';
import { checkSnapshot, codes, machine } from '../support/check-machine.js';

/**
 * Two promises of path equivalence, checked through what they are for: a Sage `\ACCDATA`
 * suffix names its dataset in any case, and where links overlap the most specific one (the
 * longest prefix) decides — whatever order the links table lists them in.
 */
function key(path: string, context: Parameters<typeof canonicaliseWinPath>[1] = {}, sageDataset = false): string {
  const c = canonicaliseWinPath(path, context, { sageDataset });
  if (!c.ok) throw new Error(c.reason);
  return c.value.key;
}
function canonical(path: string, links: Record<string, string>): string {
  const c = canonicaliseWinPath(path, { links });
  if (!c.ok) throw new Error(c.reason);
  return c.value.canonical;
}

const PD = 'C:\\ProgramData\\Sage\\Accounts';
const DATASET = `${PD}\\2025\\Company.000`;

describe('a Sage ACCDATA suffix in any case', () => {
  it.each(['ACCDATA', 'accdata', 'AccData', 'Accdata', 'aCCDATA'])('…\\Company.000\\%s is the dataset itself', (suffix) => {
    expect(key(`${DATASET}\\${suffix}`, {}, true)).toBe(key(DATASET, {}, true));
    expect(key(`${DATASET}\\${suffix}\\`, {}, true)).toBe(key(DATASET, {}, true));
  });

  it('says why, whatever the case', () => {
    const c = canonicaliseWinPath(`${DATASET}\\accdata`, {}, { sageDataset: true });
    expect(c.ok && c.value.steps.map((s) => s.kind)).toContain('accdata');
  });

  it('a folder merely ending in "accdata" is not the suffix', () => {
    expect(key(`${DATASET}\\oldaccdata`, {}, true)).not.toBe(key(DATASET, {}, true));
  });

  it.each(['accdata', 'AccData'])('AutoEntry set to the dataset\'s %s folder is a match in the report', async (suffix) => {
    const report = await checkSnapshot(machine('sage-healthy'), { autoentryPaths: [`${DATASET}\\${suffix}`] });
    expect(codes(report)).toContain('path.match');
    expect(codes(report)).not.toContain('path.missing');
  });
});

describe('overlapping links: the most specific one wins', () => {
  const general: [string, string] = ['D:\\Alias', 'E:\\Somewhere Else'];
  const specific: [string, string] = ['D:\\Alias\\Sage', PD];
  const deeper: [string, string] = ['D:\\Alias\\Sage\\2025', '\\\\NAS\\Archive\\2025'];

  it.each([
    ['general first', Object.fromEntries([general, specific])],
    ['specific first', Object.fromEntries([specific, general])],
  ])('with the %s in the table', (_order, links) => {
    expect(canonical('D:\\Alias\\Sage\\2025\\Company.000', links)).toBe(DATASET);
    expect(canonical('D:\\Alias\\Other\\x.txt', links)).toBe('E:\\Somewhere Else\\Other\\x.txt');
  });

  it('of three nested links, the deepest that matches decides, in any table order', () => {
    for (const table of [[general, specific, deeper], [deeper, general, specific], [specific, deeper, general]]) {
      const links = Object.fromEntries(table);
      expect(canonical('D:\\Alias\\Sage\\2025\\Company.000', links)).toBe('\\\\NAS\\Archive\\2025\\Company.000');
      expect(canonical('D:\\Alias\\Sage\\2024\\Company.000', links)).toBe(`${PD}\\2024\\Company.000`);
      expect(canonical('d:\\alias\\x', links)).toBe('E:\\Somewhere Else\\x');
    }
  });

  it('whole folder names only: D:\\Alias2 is not under D:\\Alias', () => {
    expect(canonical('D:\\Alias2\\Sage', Object.fromEntries([general, specific]))).toBe('D:\\Alias2\\Sage');
  });

  it.each([
    ['general first', Object.fromEntries([general, specific])],
    ['specific first', Object.fromEntries([specific, general])],
  ])('AutoEntry set through the specific link is a match in the report (%s)', async (_order, links) => {
    const m = machine('sage-healthy');
    m.links = links;
    const report = await checkSnapshot(m, { autoentryPaths: ['D:\\Alias\\Sage\\2025\\Company.000'] });
    expect(codes(report)).toContain('path.match');
  });
});
