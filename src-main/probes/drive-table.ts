import type { DriveInfo, RegistryKey } from '../../src-shared/model/system.js';
import { persistentDriveMappings } from '../../src-shared/model/registry-values.js';

/**
 * The drive table, completed from the user's persistent mappings (HKCU\Network): an elevated
 * check does not see the user's mapped drives, but the registry still says where they point.
 */
export function completeDriveTable(drives: readonly DriveInfo[], registry: readonly RegistryKey[]): DriveInfo[] {
  const table = drives.map((d) => ({ ...d }));
  for (const mapping of persistentDriveMappings(registry)) {
    const existing = table.find((d) => d.letter === mapping.letter);
    if (!existing) table.push({ letter: mapping.letter, kind: 'network', remote: mapping.remote });
    else if (existing.kind === 'network' && !existing.remote) existing.remote = mapping.remote;
  }
  return table.sort((a, b) => a.letter.localeCompare(b.letter));
}
