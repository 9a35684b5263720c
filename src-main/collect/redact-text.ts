import type { Pseudonyms } from './pseudonyms.js';
import { looksLikePath, redactPath } from './redact-path.js';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Free text with every name already given a pseudonym (user, computer, server) replaced by it. */
export function redactFreeText(text: string, pseudonyms: Pseudonyms, names: readonly string[]): string {
  let out = text;
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    if (name.length < 2) continue;
    const pseudonym = pseudonyms.known(name);
    if (pseudonym !== undefined) out = out.replace(new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`, 'gi'), pseudonym);
  }
  return out;
}

/** A string value: a path is redacted as a path, anything else as free text. */
export function redactValue(text: string, pseudonyms: Pseudonyms, names: readonly string[]): string {
  return looksLikePath(text.trim()) ? redactPath(text, pseudonyms) : redactFreeText(text, pseudonyms, names);
}

/**
 * The text of a file the probes parse: `COMPANY` lines are paths; `.ND` and `QBWUSER.INI`
 * lines are `key=value` — `EngineName=QB_<HOST>_<NN>` keeps its shape with the host replaced,
 * `ServerIp` becomes a stand-in address, path values are redacted as paths.
 */
export function redactTextFile(text: string, pseudonyms: Pseudonyms, names: readonly string[]): string {
  return text
    .split(/(\r?\n)/)
    .map((line) => {
      if (line === '\n' || line === '\r\n') return line;
      const pair = /^(\s*)([^=;/#[\s][^=]*?)(\s*=\s*)(.*?)(\s*)$/.exec(line);
      if (!pair) return looksLikePath(line.trim()) ? redactPath(line, pseudonyms) : redactFreeText(line, pseudonyms, names);
      const [, lead, key, equals, value, tail] = pair as unknown as [string, string, string, string, string, string];
      let redacted: string;
      const engine = /^(QB_)(.+)(_\d+)$/i.exec(value);
      if (/^engine\s*name$/i.test(key) && engine) {
        redacted = `${engine[1]}${pseudonyms.known(engine[2]!) ?? pseudonyms.of(engine[2]!, 'computer')}${engine[3]}`;
      } else if (/^server\s*ip$/i.test(key) && value !== '') {
        redacted = pseudonyms.of(value, 'address');
      } else {
        redacted = redactValue(value, pseudonyms, names);
      }
      return `${lead}${key}${equals}${redacted}${tail}`;
    })
    .join('');
}
