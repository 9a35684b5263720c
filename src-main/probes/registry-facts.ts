import type { InstalledProgram, RegistryKey } from '../../src-shared/model/system.js';
import { UNINSTALL_ROOTS } from '../../src-shared/model/registry-roots.js';
import { rememberedByText } from '../../src-shared/model/text-memo.js';

/** Programs listed under the Uninstall keys (both registry views and the user's own). */
export function installedPrograms(keys: readonly RegistryKey[]): InstalledProgram[] {
  // Asked for every key a snapshot has under the probes' roots (hundreds a PC, a thousand PCs in
  // an office): one loop, no array per key, whether a key is an Uninstall entry worked out once
  // per key name (an office's PCs share most), the three values found in one pass over the key's values.
  const programs: InstalledProgram[] = [];
  for (const key of keys) {
    if (!isUninstallEntry(key.key)) continue;
    const [displayName, version, installLocation] = uninstallValues(key);
    if (!displayName) continue;
    const program: InstalledProgram = { displayName, registryKey: key.key };
    if (version) program.version = version;
    if (installLocation) program.installLocation = installLocation;
    programs.push(program);
  }
  return programs;
}

/** A key directly below one of the Uninstall roots (any case). */
const isUninstallEntry = rememberedByText((key: string): boolean => {
  const lower = key.toLowerCase();
  const root = LOWER_UNINSTALL_ROOTS.find((r) => lower.startsWith(r));
  return root !== undefined && lower.indexOf('\\', root.length) === -1;
});
const LOWER_UNINSTALL_ROOTS: readonly string[] = UNINSTALL_ROOTS.map((r) => `${r.toLowerCase()}\\`);

const UNINSTALL_VALUE_NAMES: readonly string[] = ['displayname', 'displayversion', 'installlocation'];

/**
 * `DisplayName`, `DisplayVersion` and `InstallLocation` of an Uninstall key, as `registryString` (src-shared/model/registry-values.ts)
 * reads each (any case, the first such value counts), in one pass over the key's values.
 */
function uninstallValues(key: RegistryKey): Array<string | undefined> {
  const found: Array<string | undefined> = [undefined, undefined, undefined];
  const seen = [false, false, false];
  const values = key.values;
  for (const valueName in values) {
    if (!Object.hasOwn(values, valueName)) continue;
    const length = valueName.length;
    const i = length === 11 ? 0 : length === 14 ? 1 : length === 15 ? 2 : -1;
    if (i < 0 || seen[i] || valueName.toLowerCase() !== UNINSTALL_VALUE_NAMES[i]!) continue;
    seen[i] = true;
    const value = values[valueName];
    found[i] = typeof value === 'string' && value.length > 0 ? value : undefined;
  }
  return found;
}

