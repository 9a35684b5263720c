import { describe, expect, it } from 'vitest';
import { rememberedByText } from '../../src-shared/model/text-memo.js';
import { matchesSyncApp } from '../../src-main/probes/sync-app-probe.js';
import { installedPrograms } from '../../src-main/probes/registry-facts.js';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import { machine } from '../support/check-machine.js';

/**
 * Answers remembered per text (an office's PCs share most registry keys and names) must be the
 * answers worked out: a remembered `undefined` is still an answer, the memory is bounded, and a
 * list of patterns changed in place is not answered from what it held before.
 */
describe('answers remembered per text', () => {
  it('works each text out once, an undefined answer included, and gives the same answer again', () => {
    const asked: string[] = [];
    const lengthIfLong = rememberedByText((text) => {
      asked.push(text);
      return text.length > 3 ? text.length : undefined;
    });
    expect([lengthIfLong('abcd'), lengthIfLong('ab'), lengthIfLong('abcd'), lengthIfLong('ab')]).toEqual([4, undefined, 4, undefined]);
    expect(asked).toEqual(['abcd', 'ab']);
  });

  it('lets go of what it remembers once it holds `limit` texts, and still answers right', () => {
    const asked: string[] = [];
    const upper = rememberedByText((text) => {
      asked.push(text);
      return text.toUpperCase();
    }, 2);
    expect(['a', 'b', 'a', 'c', 'a'].map(upper)).toEqual(['A', 'B', 'A', 'C', 'A']);
    // 'c' found two remembered: they were let go, so 'a' is worked out again.
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });

  it('matches the Sync App by the patterns the list holds now, not what it held when first asked', () => {
    const patterns = ['AutoEntry'];
    expect(matchesSyncApp(patterns, 'AUTOENTRY.SyncApp.exe')).toBe(true);
    expect(matchesSyncApp(patterns, 'Dext.exe')).toBe(false);
    patterns[0] = 'dext';
    expect(matchesSyncApp(patterns, 'AUTOENTRY.SyncApp.exe')).toBe(false);
    expect(matchesSyncApp(patterns, 'Dext.exe')).toBe(true);
    expect(matchesSyncApp(['', 'ENTRY'], 'autoentry')).toBe(true);
    expect(matchesSyncApp([''], 'autoentry')).toBe(false);
  });

  it('tells Uninstall entries the same for every PC that has them, whatever the case', () => {
    const key = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{AE}';
    for (let pc = 0; pc < 3; pc++) {
      expect(installedPrograms([{ key, values: { DisplayName: 'AutoEntry Sync App' } }, { key: key.toLowerCase(), values: { DisplayName: 'Lower' } }, { key: `${key}\\Sub`, values: { DisplayName: 'Below an entry' } }]).map((p) => p.displayName)).toEqual(['AutoEntry Sync App', 'Lower']);
    }
  });

  it('remembers the registry roots asked for by the roots themselves: two lists that join alike are not confused', async () => {
    const pc = machine('sage-healthy');
    pc.registry = { 'HKLM\\X\\One': { A: '1' }, 'HKLM\\Y\\Two': { B: '2' } };
    const host = createSnapshotHost(pc);
    const oneRoot = await host.registry(['HKLM\\X\nHKLM\\Y']);
    const twoRoots = await host.registry(['HKLM\\X', 'HKLM\\Y']);
    expect(oneRoot.ok && oneRoot.value.map((k) => k.key)).toEqual([]);
    expect(twoRoots.ok && twoRoots.value.map((k) => k.key)).toEqual(['HKLM\\X\\One', 'HKLM\\Y\\Two']);
  });
});
