import { describe, expect, it } from 'vitest';
import { checkSnapshot, findingOf, machine } from '../support/check-machine.js';

/** The path rules' verdicts for the spellings the reference suites caught us judging wrongly. */
const DATASET = 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000';

async function pathFinding(path: string) {
  const report = await checkSnapshot(machine('sage-healthy'), { autoentryPaths: [path] });
  return report.findings.find((f) => f.code.startsWith('path.') && f.configuredPath === path)!;
}

describe('path verdicts over Windows spellings', () => {
  it('the dataset spelled with a trailing space on its last name is the dataset', async () => {
    expect((await pathFinding(`${DATASET} `)).code).toBe('path.match');
  });

  it('a folder name with a trailing space is another folder, not the dataset', async () => {
    expect((await pathFinding('C:\\ProgramData \\Sage\\Accounts\\2025\\Company.000')).code).not.toBe('path.match');
  });

  it('the \\\\.\\ spelling of the dataset is the dataset', async () => {
    expect((await pathFinding(`\\\\.\\${DATASET}\\ACCDATA\\..`)).code).toBe('path.match');
  });

  it('a \\\\?\\ spelling with .. in it is taken literally, so it is not the dataset', async () => {
    expect((await pathFinding(`\\\\?\\${DATASET}\\ACCDATA\\..`)).code).not.toBe('path.match');
  });

  it('a bare drive letter is no path at all, with the reason', async () => {
    const f = findingOf(await checkSnapshot(machine('sage-healthy'), { autoentryPaths: ['C:'] }), 'path.missing', 'C:');
    expect(f.detail).toContain('relative');
  });

  it('a no-break space pasted after the name is part of it: not the dataset', async () => {
    expect((await pathFinding(`${DATASET}\u00a0`)).code).not.toBe('path.match');
  });
});
