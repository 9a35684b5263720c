import { existsSync, readFileSync } from 'node:fs';

/**
 * What a PowerShell command line asks, recognised from the script's content, not from exact
 * arguments: the script may come as `-EncodedCommand` (base64 of UTF-16LE, any accepted
 * abbreviation: -e, -ec, -enc…), as `-Command <text>`, as `-File <path>`, or on stdin
 * (`-Command -`, or no command at all).
 */
export function scriptFromCommandLine(args: readonly string[], stdin?: string): string | undefined {
  for (let i = 0; i < args.length; i += 1) {
    const name = args[i]!.toLowerCase();
    const next = args[i + 1];
    if (/^[-/]e(c|n|nc|nco|ncod|ncode|ncoded|ncodedc|ncodedco|ncodedcom|ncodedcomm|ncodedcomma|ncodedcomman|ncodedcommand)?$/.test(name) && next !== undefined) {
      return Buffer.from(next, 'base64').toString('utf16le');
    }
    if (/^[-/](c|co|com|comm|comma|comman|command)$/.test(name) && next !== undefined) {
      return next === '-' ? stdin : args.slice(i + 1).join(' ');
    }
    if (/^[-/](f|fi|fil|file)$/.test(name) && next !== undefined) {
      return existsSync(next) ? readFileSync(next, 'utf8') : undefined;
    }
  }
  return stdin;
}

const PARTS = ['identity', 'processes', 'services', 'registry', 'drives'];

/** The parts, registry roots and owner patterns a one-shot script reads (from the call that reads them). */
export function oneShotQuestions(script: string): { parts: string[]; registryRoots: string[]; ownerPatterns: string[] } {
  const call = script.split(/\r?\n/).find((line) => /Read-SdReport\s+@\(/.test(line) && !/^\s*function\b/.test(line));
  const strings = (text: string) => [...text.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]!.replace(/''/g, "'"));
  if (call === undefined) {
    const all = strings(script);
    return { parts: PARTS, registryRoots: all.filter((s) => /^HK(LM|CU|U|CR)\\/i.test(s)), ownerPatterns: ['AutoEntry', 'Sage', 'QBW', 'QuickBooks', 'QBDBMgr'] };
  }
  const found = strings(call);
  return {
    parts: found.filter((s) => PARTS.includes(s)),
    registryRoots: found.filter((s) => /^HK(LM|CU|U|CR)(\\|$)/i.test(s)),
    ownerPatterns: found.filter((s) => !PARTS.includes(s) && !/^HK(LM|CU|U|CR)(\\|$)/i.test(s)),
  };
}

/**
 * How the script waits on a watched process. .NET Framework's `Process.Handle` opens the
 * process with PROCESS_ALL_ACCESS (Process.cs, GetProcessHandle), which a non-elevated caller
 * is refused for an elevated process, a service or another user's process; `WaitForExit` and
 * an OpenProcess with SYNCHRONIZE (0x00100000) need only SYNCHRONIZE, which is granted.
 */
export function watchNeedsAllAccess(script: string): boolean {
  const synchronizeOnly = /WaitForExit|SYNCHRONIZE|0x0*100000\b|\b1048576\b/i.test(script);
  return !synchronizeOnly && /\$\w+\.Handle\b/.test(script);
}

/**
 * `WaitHandle.WaitAny` throws NotSupportedException for more than 64 handles
 * (waithandle.cs: MAX_WAITHANDLES = 64). A script waiting on every watched process at once
 * dies there; one that splits them must name the limit, so a script that never mentions 63 or
 * 64 is taken to wait on them all at once.
 */
export function waitAnyLimit(script: string): number | undefined {
  return /WaitHandle\]::WaitAny/i.test(script) && !/\b6[34]\b/.test(script) ? 64 : undefined;
}

/** Types Constrained Language Mode lets a script use (PowerShell's core types, about_Language_Modes). */
const CLM_ALLOWED_TYPES = new Set([
  'string', 'char', 'byte', 'sbyte', 'int', 'int16', 'int32', 'int64', 'long', 'uint16', 'uint32', 'uint64', 'decimal', 'double', 'single', 'float',
  'bool', 'boolean', 'datetime', 'timespan', 'guid', 'regex', 'array', 'hashtable', 'ordered', 'pscustomobject', 'psobject', 'object', 'void',
  'version', 'uri', 'xml', 'switch', 'scriptblock', 'collections.arraylist', 'text.regularexpressions.regex', 'math', 'cultureinfo', 'globalization.cultureinfo',
]);

/**
 * The first construct Constrained Language Mode refuses: a .NET type outside the core types
 * used through `[Type]::Member`, `New-Object Type` or a `[Type]` conversion of a value, or
 * `Add-Type`. Undefined when the script runs under CLM.
 */
export function constrainedLanguageBlock(script: string): string | undefined {
  const allowed = (type: string) => CLM_ALLOWED_TYPES.has(type.toLowerCase().replace(/^system\./, ''));
  const statics = [...script.matchAll(/\[([\w.]+)\]::/g)].find((m) => !allowed(m[1]!));
  const created = [...script.matchAll(/New-Object\s+(?:-TypeName\s+)?([\w.]+)/gi)].find((m) => !allowed(m[1]!));
  const addType = /\bAdd-Type\b/i.exec(script);
  const found: Array<{ index: number; text: string }> = [];
  for (const m of [statics, created, addType]) if (m) found.push({ index: m.index ?? 0, text: m[0] });
  return found.sort((a, b) => a.index - b.index)[0]?.text;
}

/** The error Windows PowerShell prints for it (as in Constrained Language Mode). */
export function constrainedLanguageError(construct: string): string {
  return construct.toLowerCase().startsWith('new-object')
    ? `New-Object : Cannot create type. Only core types are supported in this language mode.\r\n    + CategoryInfo          : PermissionDenied: (:) [New-Object], PSNotSupportedException`
    : `Cannot invoke method. Method invocation is supported only on core types in this language mode.\r\n    + CategoryInfo          : InvalidOperation: (:) [], RuntimeException\r\n    + FullyQualifiedErrorId : MethodInvocationNotSupportedInConstrainedLanguage`;
}

/** Whether the script writes its JSON as UTF-8 (else PowerShell writes in the console's OEM code page). */
export function writesUtf8(script: string): boolean {
  return /OutputEncoding\s*=.*UTF8/i.test(script) || /UTF8Encoding/i.test(script);
}

/**
 * A `-Command` text that reads the script itself from standard input (a bootstrap such as
 * powershell-command.ts's): it reads lines through `[Console]::OpenStandardInput()` until the
 * line it compares them with, then runs what it read. Before that it may gate on the language
 * mode: `if ($m -ne 'FullLanguage') { @{ key = 'text' + $m + 'text' } | ConvertTo-Json -Compress; exit N }`
 * — under Constrained Language Mode (about_Language_Modes: `$ExecutionContext.SessionState.LanguageMode`
 * reads 'ConstrainedLanguage', and hashtables, string concatenation and ConvertTo-Json are
 * allowed) that branch runs, before the types the rest of the bootstrap uses are refused.
 */
export interface StdinBootstrap {
  /** The line that ends the script on standard input. */
  endMarker: string;
  /** What the language-mode gate prints and its exit code, if the text has one. */
  gate?: (mode: string) => { stdout: string; exitCode: number };
}

export function stdinBootstrapOf(commandText: string): StdinBootstrap | undefined {
  if (!/OpenStandardInput\(\)/i.test(commandText)) return undefined;
  const marker = /ReadLine\(\)[^;{]*?-ne\s+'((?:[^']|'')+)'/i.exec(commandText)?.[1];
  if (marker === undefined) return undefined;
  const bootstrap: StdinBootstrap = { endMarker: marker.replace(/''/g, "'") };
  const gate = /if\s*\(\s*\$(\w+)\s+-ne\s+'FullLanguage'\s*\)\s*\{\s*@\{\s*(\w+)\s*=\s*'([^']*)'\s*\+\s*\$(\w+)\s*\+\s*'([^']*)'\s*\}\s*\|\s*ConvertTo-Json\s+-Compress\s*;\s*exit\s+(\d+)\s*\}/i.exec(commandText);
  if (gate !== null && gate[1]!.toLowerCase() === gate[4]!.toLowerCase()) {
    const [, , key, before, , after, code] = gate as unknown as string[];
    bootstrap.gate = (mode) => ({ stdout: `${JSON.stringify({ [key!]: `${before}${mode}${after}` })}\n`, exitCode: Number(code) });
  }
  return bootstrap;
}

/** The script a bootstrap reads from `stdin`: the lines before its end marker (undefined while the marker has not come). */
export function scriptBeforeMarker(stdin: string, endMarker: string): { script: string; rest: string } | undefined {
  const lines = stdin.split('\n');
  const at = lines.findIndex((line, i) => i < lines.length - 1 && line.replace(/\r$/, '') === endMarker);
  if (at < 0) return undefined;
  return { script: lines.slice(0, at).map((l) => `${l.replace(/\r$/, '')}\n`).join(''), rest: lines.slice(at + 1).join('\n') };
}

/** Whether the session script follows process starts itself (a `starts` request, `started` events). */
export function followsStarts(script: string): boolean {
  return /\$request\.op -eq 'starts'/.test(script);
}
