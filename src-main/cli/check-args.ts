import type { CheckRequest } from '../check/check-context.js';
import { InputError } from '../check/input-error.js';
import { pathArgument } from '../check/path-argument.js';
import { parseOptions, parseTimeout } from './parse-options.js';

/** The inputs `check`, `watch`, `collect` and `serve` share. */
export const CHECK_OPTIONS = {
  machine: { type: 'string' },
  demo: { type: 'boolean' },
  'autoentry-path': { type: 'string', multiple: true },
  'sync-app-location': { type: 'string' },
  timeout: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface CheckArgs extends CheckRequest {
  json: boolean;
  help: boolean;
}

/** Splits a command's argv into the shared check inputs and the command's own flags. */
export function parseCheckArgs<Extra extends Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>>(
  argv: string[],
  command: string,
  extra: Extra = {} as Extra,
) {
  const { values } = parseOptions(argv, { ...CHECK_OPTIONS, ...extra }, command);
  const v = values as Record<string, string | string[] | boolean | undefined>;
  const args: CheckArgs = {
    autoentryPaths: ((v['autoentry-path'] as string[] | undefined) ?? []).map((p) => (p.trim() === '' ? p : pathArgument(p, '--autoentry-path'))),
    json: v.json === true,
    help: v.help === true,
    demo: v.demo === true,
  };
  if (args.demo && typeof v.machine === 'string') throw new InputError('Give either --demo or --machine, not both.');
  if (typeof v.machine === 'string') args.machine = v.machine;
  if (typeof v['sync-app-location'] === 'string') args.syncAppLocation = v['sync-app-location'];
  const timeout = parseTimeout(v.timeout as string | undefined);
  if (timeout !== undefined) args.timeoutMs = timeout;
  if (args.autoentryPaths.some((p) => p.trim() === '')) throw new InputError('--autoentry-path needs a path after it.');
  return { args, values: v };
}
