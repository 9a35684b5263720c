import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../check/input-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Node's own strict parser, with its errors turned into one clear line for exit 3. */
export function parseOptions<O extends Options>(argv: string[], options: O, command: string, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '').replace(/\s+/g, ' ').trim();
    throw new InputError(`${message}. Run \`sync-doctor ${command} --help\` for the options.`);
  }
}

export function parseTimeout(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const ms = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(ms) || ms < 1 || ms > 600_000) {
    throw new InputError(`--timeout takes a whole number of milliseconds from 1 to 600000 (got "${text}").`);
  }
  return ms;
}
