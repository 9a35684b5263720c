import type { MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import type { EmulatorFaults, WindowsLanguage } from '../support/windows-emulator/index.js';
import type { FixtureMachine } from './fixture-machines.js';
import type { WindowsPath } from './windows-paths.js';

/**
 * What a Windows path cannot see on a variant, and so may answer "could not check" for where
 * the snapshot (which sees everything the PC holds) gives a verdict. Only these reference
 * verdicts may turn into "could not check", only on the Windows paths, never the reverse.
 */
export interface Blindness {
  topic: 'syncapp' | 'sage' | 'quickbooks';
  /** The Windows paths that are blind to it (default: all four). */
  paths?: readonly WindowsPath[];
  /** Reference verdicts that rest (or may rest) on what cannot be seen. */
  verdicts: readonly string[];
  reason: string;
}

export interface MachineVariant {
  name: string;
  /** The PC as the snapshot host sees it (the reference), and as the emulator plays it. */
  snapshot: MachineSnapshot;
  faults: EmulatorFaults;
  blind: readonly Blindness[];
  /** Verdicts no report may give on this variant (spec/report.md "evidence before absence"), with why. */
  forbidden: ReadonlyArray<{ codes: readonly string[]; reason: string; configuredPathsOnly?: RegExp }>;
  /** A report on this variant must say what it could not read (one of these codes). */
  mustSayCouldNotCheck?: readonly string[];
}

const ACCOUNTING_OR_SYNC = (patterns: readonly string[]) => new RegExp(['sage', 'quickbooks', 'qbdbmgr', 'qbcfmonitor', 'intuit', ...patterns.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))].join('|'), 'i');

const matchesSyncApp = (patterns: readonly string[], ...texts: Array<string | undefined>) =>
  texts.some((t) => t !== undefined && patterns.some((p) => t.toLowerCase().includes(p.toLowerCase())));

const envOr = (snapshot: MachineSnapshot, name: string, fallback: string) =>
  Object.entries(snapshot.env).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1] ?? fallback;

/**
 * The keys an installer or IT may lock: the Sync App's own Uninstall entry and the Sage and
 * Intuit vendor trees (those that exist on this PC). The other programs' Uninstall entries stay
 * readable, so a path that loses a whole Uninstall tree for one denied entry, and calls that
 * "nothing installed", gives a verdict the snapshot does not.
 */
function lockedRegistryKeys(snapshot: MachineSnapshot, patterns: readonly string[]): string[] {
  const keys = Object.entries(snapshot.registry).flatMap(([key, values]) => {
    const uninstall = /\\Uninstall\\[^\\]+$/i.exec(key);
    if (uninstall && matchesSyncApp(patterns, String(values.DisplayName ?? ''), String(values.InstallLocation ?? ''))) return [key];
    const tree = /^(HKLM\\SOFTWARE(?:\\WOW6432Node)?\\(?:Sage|Intuit))(\\|$)/i.exec(key);
    return tree ? [tree[1]!] : [];
  });
  return [...new Set(keys.map((k) => k.toLowerCase()))].map((lower) => keys.find((k) => k.toLowerCase() === lower)!);
}

const REGISTRY_BLINDNESS: Blindness[] = [
  { topic: 'syncapp', verdicts: ['syncapp.not-running', 'syncapp.not-installed'], reason: 'whether the Sync App is installed rests on its Uninstall key, which this user may not read' },
  { topic: 'sage', verdicts: ['sage.found', 'sage.not-found'], reason: 'Sage may be known only from its Uninstall key or vendor tree, which this user may not read' },
  { topic: 'quickbooks', verdicts: ['quickbooks.found', 'quickbooks.not-found'], reason: 'QuickBooks may be known only from its Uninstall key or Intuit tree, which this user may not read' },
];

function registryDenied(machine: FixtureMachine, language: WindowsLanguage): MachineVariant {
  return {
    name: `registry denied on a ${language} Windows`,
    snapshot: machine.snapshot,
    faults: { language, deniedRegistry: lockedRegistryKeys(machine.snapshot, machine.inputs.syncAppPatterns) },
    blind: REGISTRY_BLINDNESS,
    forbidden: [],
  };
}

/** The fixture machine and its variants (those that apply to it). */
export function variantsOf(machine: FixtureMachine): MachineVariant[] {
  const { snapshot, inputs } = machine;
  const patterns = inputs.syncAppPatterns;
  const copy = () => structuredClone(snapshot);
  const variants: MachineVariant[] = [{ name: 'as captured', snapshot, faults: {}, blind: [], forbidden: [] }];

  const noServices = copy();
  noServices.services = noServices.services.filter((s) => !ACCOUNTING_OR_SYNC(patterns).test(`${s.name} ${s.displayName ?? ''} ${s.path ?? ''}`));
  variants.push({ name: 'all Sage, QuickBooks and Sync App services removed', snapshot: noServices, faults: {}, blind: [], forbidden: [] });

  const accountingServices = (s: MachineSnapshot['services'][number]) => /sage|quickbooks|qbdbmgr/i.test(`${s.name} ${s.displayName ?? ''} ${s.path ?? ''}`);
  if (snapshot.services.some(accountingServices)) {
    // The narrowed session must still ask for these: "*.service-stopped" rests on them.
    const stopped = copy();
    for (const s of stopped.services) if (accountingServices(s)) Object.assign(s, { state: 'stopped', pid: undefined });
    variants.push({ name: 'Sage and QuickBooks services stopped', snapshot: stopped, faults: {}, blind: [], forbidden: [] });
  }

  const byFolderOnly = copy();
  const renamed = byFolderOnly.processes.filter((p) => matchesSyncApp(patterns, p.name) && matchesSyncApp(patterns, p.path));
  if (renamed.length > 0) {
    // Known by its folder alone: the narrowed session must ask by ExecutablePath too. As on a real
    // PC the image name is the file name of the image path, and that file is in the folder.
    for (const p of renamed) {
      p.path = `${p.path!.slice(0, p.path!.lastIndexOf('\\'))}\\SyncHost.exe`;
      p.name = 'SyncHost.exe';
      byFolderOnly.files[p.path] = { size: 1_048_576, mtime: byFolderOnly.capturedAt };
    }
    variants.push({
      name: 'the Sync App known by its folder only',
      snapshot: byFolderOnly,
      faults: {},
      // tasklist prints no image path: the console path tells it by the .exe names in its install folder (sync-app-folder.ts).
      blind: [],
      forbidden: [],
    });
  }

  const syncAppPids = snapshot.processes.filter((p) => matchesSyncApp(patterns, p.name, p.path)).map((p) => p.pid);
  if (syncAppPids.length > 0) {
    // A non-elevated caller is not told an elevated process's image path (the snapshot a collect writes has none either).
    const elevated = copy();
    for (const p of elevated.processes) if (syncAppPids.includes(p.pid)) delete p.path;
    variants.push({ name: 'the Sync App elevated', snapshot: elevated, faults: { elevatedPids: syncAppPids }, blind: [], forbidden: [] });
  }

  const userSession = snapshot.host.sessionId ?? 1;
  const terminal = copy();
  terminal.host.sessionId = 3;
  for (const p of terminal.processes) if ((p.sessionId ?? userSession) === userSession && p.sessionId !== 0) p.sessionId = 3;
  variants.push({ name: 'the user on terminal-server session 3', snapshot: terminal, faults: {}, blind: [], forbidden: [] });

  const sageDenied = copy();
  sageDenied.denied = [...(sageDenied.denied ?? []), `${envOr(snapshot, 'ProgramData', 'C:\\ProgramData')}\\Sage`];
  variants.push({
    name: 'Sage settings denied',
    snapshot: sageDenied,
    faults: {},
    blind: [],
    forbidden: [
      { codes: ['sage.not-found'], reason: 'the Sage settings folder was denied, not found empty' },
      { codes: ['path.match', 'path.mismatch', 'path.stale-version'], reason: 'the COMPANY lists a Sage path is compared with could not be read', configuredPathsOnly: /(^|\\)(company\.\d{3}|accdata)(\\|$)/i },
    ],
    mustSayCouldNotCheck: ['probe.failed', 'probe.timeout', 'path.unverified', 'path.denied', 'sage.unknown'],
  });

  const quickbooksDenied = copy();
  quickbooksDenied.denied = [...(quickbooksDenied.denied ?? []), `${envOr(snapshot, 'LOCALAPPDATA', `C:\\Users\\${snapshot.host.userName}\\AppData\\Local`)}\\Intuit`];
  variants.push({
    name: 'QuickBooks lists denied',
    snapshot: quickbooksDenied,
    faults: {},
    blind: [],
    forbidden: [
      { codes: ['quickbooks.not-found'], reason: 'the recently-opened lists were denied, not found empty' },
      { codes: ['path.match', 'path.mismatch'], reason: 'the recently-opened lists a company file is compared with could not be read', configuredPathsOnly: /\.qbw$/i },
    ],
    mustSayCouldNotCheck: ['probe.failed', 'probe.timeout', 'path.unverified', 'quickbooks.unknown'],
  });

  variants.push(registryDenied(machine, 'pt-BR'), registryDenied(machine, 'ja-JP'));
  return variants;
}
