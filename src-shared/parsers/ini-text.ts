/**
 * A tolerant INI reader for QuickBooks' QBWUSER.INI and `.ND` sidecars: `[Section]` headers,
 * `key=value` lines, and `;`, `#` or `//` comments. Keys keep their spelling; look them up with
 * `iniValue`, which ignores case. Lines before any header belong to the section named "".
 */
export interface IniSection {
  name: string;
  entries: Array<{ key: string; value: string }>;
}

export function parseIniText(text: string): IniSection[] {
  const sections: IniSection[] = [{ name: '', entries: [] }];
  for (const raw of text.split(/\r\n|\n|\r/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#') || line.startsWith('//')) continue;
    const header = /^\[([^\]]*)\]$/.exec(line);
    if (header) {
      sections.push({ name: header[1]!.trim(), entries: [] });
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    sections.at(-1)!.entries.push({ key: line.slice(0, eq).trim(), value: line.slice(eq + 1).trim() });
  }
  return sections.filter((s) => s.name !== '' || s.entries.length > 0);
}

export function iniValue(section: IniSection, key: string): string | undefined {
  const lower = key.toLowerCase();
  return section.entries.find((e) => e.key.toLowerCase() === lower)?.value;
}
