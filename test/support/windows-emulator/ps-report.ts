import type { RegistryValue } from '../../../src-shared/model/machine-snapshot-schema.js';
import { win32LogicalDisks, win32Processes, win32Services } from './cim-instances.js';
import type { EmulatedPc } from './emulated-pc.js';
import { keepsList, unwrapped } from './ps-json.js';
import { registryTree, type RegistryTree } from './registry-tree.js';
import { parseWqlWhere } from './wql-where.js';

export interface ReportQuestions {
  parts: readonly string[];
  processFilter?: string | null;
  serviceFilter?: string | null;
  registryRoots: readonly string[];
  ownerPatterns: readonly string[];
}

/** .NET Framework's SecurityException text for a registry key this user may not open. */
export const REGISTRY_DENIED = 'Requested registry access is not allowed.';
/** What Get-CimInstance says for a malformed -Filter. */
const INVALID_QUERY = 'Invalid query ';

const iso = (time: string | null | undefined) => (time ? new Date(time).toISOString().replace(/\.(\d{3})Z$/, '.$10000Z') : null);

/**
 * What the system script's `Read-SdReport` (src-main/host/windows/system-functions-ps.ts)
 * returns on this PC, part by part, each part failing alone into `errors` as its `try` does:
 * identity from the environment and WindowsIdentity, processes / services from Get-CimInstance
 * with the WQL `-Filter` applied to the PC's full lists, registry values read key by key below
 * each root (a key it may not open is an entry in `errors`, its siblings still read), drives
 * from Win32_LogicalDisk.
 */
export function readReport(pc: EmulatedPc, asked: ReportQuestions, script: string, answeringPid: number): Record<string, unknown> {
  const errors: string[] = [];
  const out: Record<string, unknown> = { errors };
  const list = <T>(part: string, items: T[]) => (keepsList(script, part) ? items : unwrapped(items));
  if (asked.parts.includes('identity')) {
    out.identity = {
      computerName: pc.env.COMPUTERNAME,
      userName: pc.env.USERNAME,
      userDomain: pc.env.USERDOMAIN ?? null,
      elevated: pc.snapshot.host.elevated === true,
      sessionId: pc.processes().find((p) => p.pid === answeringPid)?.sessionId ?? pc.userSessionId,
      os: pc.snapshot.host.os === undefined ? 'Microsoft Windows 11 Pro' : `Microsoft ${pc.snapshot.host.os.replace(/^Microsoft\s+/i, '')}`,
    };
  }
  if (asked.parts.includes('processes')) {
    try {
      const keep = asked.processFilter ? parseWqlWhere(asked.processFilter) : () => true;
      out.processes = list('processes', win32Processes(pc).filter(({ instance }) => keep(instance)).map(({ instance, owner }) => ({
        pid: instance.ProcessId,
        name: instance.Name,
        path: instance.ExecutablePath,
        user: asked.ownerPatterns.some((p) => instance.Name.toLowerCase().includes(p.toLowerCase())) ? (owner ?? null) : null,
        sessionId: instance.SessionId,
        startedAt: iso(instance.CreationDate),
      })));
    } catch (error) {
      errors.push(`processes: ${INVALID_QUERY}${(error as Error).message}`);
    }
  }
  if (asked.parts.includes('services')) {
    try {
      const keep = asked.serviceFilter ? parseWqlWhere(asked.serviceFilter) : () => true;
      out.services = list('services', win32Services(pc).filter(keep).map((s) => ({
        name: s.Name, displayName: s.DisplayName, state: s.State, startMode: s.StartMode, pid: s.ProcessId, account: s.StartName, path: s.PathName,
      })));
    } catch (error) {
      errors.push(`services: ${INVALID_QUERY}${(error as Error).message}`);
    }
  }
  if (asked.parts.includes('registry')) {
    const tree = registryTree(pc);
    const keys: Array<{ key: string; values: Record<string, RegistryValue> }> = [];
    for (const root of asked.registryRoots) readRoot(pc, tree, root, keys, errors);
    out.registry = keys;
  }
  if (asked.parts.includes('drives')) {
    out.drives = list('drives', win32LogicalDisks(pc).map((d) => ({ letter: d.DeviceID, driveType: d.DriveType, remote: d.ProviderName })));
  }
  return out;
}

function readRoot(pc: EmulatedPc, tree: RegistryTree, root: string, keys: Array<{ key: string; values: Record<string, RegistryValue> }>, errors: string[]): void {
  if (pc.deniedAt(root) !== undefined) {
    errors.push(`registry ${root}: ${REGISTRY_DENIED}`);
    return;
  }
  if (!tree.exists(root)) return; // OpenSubKey gives $null: nothing read, nothing wrong
  const walk = (key: string, label: string, depth: number) => {
    keys.push({ key: label, values: tree.values(key) });
    if (depth >= 8) return;
    for (const sub of tree.subkeys(key)) {
      const name = sub.slice(sub.lastIndexOf('\\') + 1);
      if (pc.deniedAt(sub) !== undefined) errors.push(`registry ${label}\\${name}: ${REGISTRY_DENIED}`);
      else walk(sub, `${label}\\${name}`, depth + 1);
    }
  };
  walk(root, root, 0);
}
