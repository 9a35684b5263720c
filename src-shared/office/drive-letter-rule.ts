import { parseWinPath } from '../winpath/parse-win-path.js';
import type { OfficeMachine } from './office-machine.js';
import type { OfficeFindingDraft } from './office-finding-draft.js';
import { shareKeyOf } from './office-paths.js';

/** Every path a PC spells: AutoEntry's, Sage's company lists, QuickBooks' recent files. */
function spelledPaths(m: OfficeMachine): string[] {
  const obs = m.observations;
  return [
    ...obs.configured.map((c) => c.path.spelled),
    ...obs.sage.versions.flatMap((v) => (v.list.readable ? v.list.datasets.map((d) => d.path.spelled) : [])),
    ...obs.quickbooks.recent.map((r) => r.path.spelled),
  ];
}

function shareKey(remote: string): string | undefined {
  const parsed = parseWinPath(remote);
  if (!parsed.ok || parsed.path.root.kind !== 'unc') return undefined;
  return shareKeyOf(parsed.path.root.server, parsed.path.root.share, parsed.path.segments);
}

/** The PCs whose mapping differs from the one most PCs share; all of them when no mapping is the most common. */
function minority(mapped: ReadonlyArray<{ name: string; key: string }>): string[] {
  const counts = new Map<string, number>();
  for (const x of mapped) counts.set(x.key, (counts.get(x.key) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const top = sorted[0]!;
  if (sorted[1] && sorted[1][1] === top[1]) return mapped.map((x) => x.name);
  return mapped.filter((x) => x.key !== top[0]).map((x) => x.name);
}

/** A drive letter used in a path that means different shares on different desks. */
export function driveLetterFindings(machines: readonly OfficeMachine[]): OfficeFindingDraft[] {
  if (machines.some((m) => m.observations.flavour !== 'windows')) return [];
  const letters = new Set<string>();
  for (const m of machines) {
    for (const spelled of spelledPaths(m)) {
      const parsed = parseWinPath(spelled);
      if (parsed.ok && parsed.path.root.kind === 'drive') letters.add(parsed.path.root.letter);
    }
  }
  const findings: OfficeFindingDraft[] = [];
  for (const letter of [...letters].sort()) {
    const mapped = machines.flatMap((m) => {
      const drive = m.observations.drives.find((d) => d.letter.toUpperCase() === letter && d.kind === 'network' && d.remote);
      const key = drive?.remote ? shareKey(drive.remote) : undefined;
      return drive?.remote && key ? [{ name: m.computerName, remote: drive.remote, key }] : [];
    });
    if (new Set(mapped.map((x) => x.key)).size < 2) continue;
    findings.push({
      code: 'office.drive-letter-conflict',
      title: `${letter} means different shares on different PCs`,
      detail: `${mapped.map((x) => `On ${x.name}, ${letter} is ${x.remote}`).join('; ')}. A path starting with ${letter} that is right on one desk names other files on another — and AutoEntry's path is read on the Sync App's PC.`,
      machines: mapped.map((x) => x.name),
      paths: Object.fromEntries(mapped.map((x) => [x.name, x.remote])),
      oddOnes: minority(mapped),
    });
  }
  return findings;
}
