import { unwrapPastedPath } from '../../src-shared/winpath/win-path-input.js';
import { InputError } from './input-error.js';

/**
 * A path typed or pasted on the command line, as the user meant it: quotes around the whole of
 * it (Explorer's "Copy as path", or quotes that reached us from a script) are taken off. A quote
 * anywhere else is a slip, never part of a Windows name — most often cmd.exe reading a final
 * `\"` as an escaped quote — so it is refused (exit 3) with what to type instead, rather than
 * judged as the customer's AutoEntry setting.
 */
export function pathArgument(raw: string, option: string): string {
  const { text } = unwrapPastedPath(raw);
  if (!text.includes('"')) return text;
  const meant = text.replace(/"+$/, '').replace(/\\+$/, '');
  if (/^[^"]*"+$/.test(text)) {
    throw new InputError(
      `${option} ends in a quote (${text}): in cmd.exe a \\ just before the closing quote makes it part of the path. Type it without the last \\: ${option} "${meant}".`,
    );
  }
  throw new InputError(`${option} holds a quote (${text}), which no Windows path can contain. Put quotes only around the whole path: ${option} "${text.replace(/"/g, '')}".`);
}
