import { describe, expect, it } from 'vitest';
import type { MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import { redactSnapshot } from '../../src-main/collect/redact-snapshot.js';
import { checkSnapshot, machine } from '../support/check-machine.js';
import { verdict } from './support.js';

/**
 * Two places a name can hide from redaction: the `links` table (8.3 names, junctions — both
 * sides are paths full of user and client names) and a name spelt in another case than the
 * one the machine reports (`JANE`, `Office-Pc1`). Neither may survive, and the redacted
 * snapshot must still diagnose as the original did.
 */
// SMITHP~1: the 8.3 short name of the client's folder still spells six letters of its name.
const SECRETS = ['jane', 'OFFICE-PC1', 'Smith Plumbing', 'Books Alias', 'FILESRV', 'Harbour Cafe', 'SMITHP~1'];

function pcWithLinksAndCases(): MachineSnapshot {
  const m = machine('sage-healthy');
  // A client's dataset in the user's folder, reached through a junction and an 8.3 name.
  const dataset = 'C:\\Users\\Jane\\Smith Plumbing\\Company.000';
  for (const f of ['SETUP.DTA', 'SALES.DTA']) m.files[`${dataset}\\ACCDATA\\${f}`] = { size: 4096, mtime: '2026-11-20T09:00:00Z' };
  m.links = {
    'D:\\Books Alias': 'C:\\Users\\JANE\\Smith Plumbing',
    'C:\\Users\\jane\\SMITHP~1': 'C:\\Users\\Jane\\Smith Plumbing',
    '\\\\filesrv\\Harbour Cafe': 'C:\\Users\\jane\\Smith Plumbing',
  };
  // The same names again, in other cases, where free text is redacted.
  m.env = { ...m.env, USERNAME: 'JANE', COMPUTERNAME: 'office-pc1', LOGONSERVER: '\\\\Office-Pc1', NOTE: 'Jane set this up on Office-PC1' };
  // A registry value the rules do not read: dropped by the allow-list (the secrets check covers it).
  m.registry = { ...m.registry, 'HKCU\\Software\\Example': { Owner: 'JANE', Machine: 'Office-Pc1' } };
  return m;
}

function withProgramFilesLink(): MachineSnapshot {
  const m = pcWithLinksAndCases();
  m.links = { 'C:\\PROGRA~1\\Sage': 'C:\\Program Files\\Sage' };
  return m;
}

const INPUTS = { autoentryPaths: ['D:\\Books Alias\\Company.000', 'c:\\users\\jane\\smithp~1\\Company.000'] };

describe('redaction of links and of names in any case', () => {
  // Redacted inside each test, not while the file is collected or in beforeAll: mutation
  // testing (StrykerJS) credits a kill only to work done inside a test.
  const redacted = () => ({ original: pcWithLinksAndCases(), ...redactSnapshot(pcWithLinksAndCases(), INPUTS) });

  it('leaves no name behind in the links table, on either side', () => {
    const { snapshot } = redacted();
    const table = JSON.stringify(snapshot.links);
    expect(Object.keys(snapshot.links ?? {})).toHaveLength(3);
    for (const secret of SECRETS) expect(table.toLowerCase(), secret).not.toContain(secret.toLowerCase());
  });

  it('leaves no name behind anywhere, whatever case it was written in', () => {
    const { snapshot, inputs } = redacted();
    const text = JSON.stringify(snapshot) + JSON.stringify(inputs);
    for (const secret of SECRETS) expect(text.toLowerCase(), secret).not.toContain(secret.toLowerCase());
    expect(snapshot.env).toMatchObject({ USERNAME: 'user-1', COMPUTERNAME: 'PC-1' });
    // A registry value no rule reads is not kept at all (redaction by allow-list).
    expect(Object.values(snapshot.registry['HKCU\\Software\\Example'] ?? {})).toEqual([]);
  });

  it("keeps Windows' own 8.3 short names, which say where software lives, not whose data it is", () => {
    const { snapshot } = redactSnapshot(withProgramFilesLink(), INPUTS);
    expect(snapshot.links).toEqual({ 'C:\\PROGRA~1\\Sage': 'C:\\Program Files\\Sage' });
  });

  it('gives a name one pseudonym in every case it appears in', () => {
    const { snapshot } = redacted();
    const targets = new Set(Object.values(snapshot.links ?? {}).map((t) => t.toLowerCase()));
    expect(targets.size).toBe(1);
    const dataset = Object.keys(snapshot.files).find((k) => k.endsWith('\\ACCDATA\\SETUP.DTA') && k.toLowerCase().startsWith([...targets][0]!));
    expect(dataset).toBeDefined();
  });

  it('the redacted snapshot, links and all, diagnoses as the original', async () => {
    const { original, snapshot, inputs } = redacted();
    const before = await checkSnapshot(original, INPUTS);
    const after = await checkSnapshot(snapshot, inputs);
    expect(verdict(after)).toEqual(verdict(before));
    expect(before.findings.filter((f) => f.configuredPath !== undefined).map((f) => f.code)).not.toContain('path.missing');
  });
});
