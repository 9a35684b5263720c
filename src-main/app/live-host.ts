import type { Host } from '../host/host.js';
import { CliError } from '../cli/cli-io.js';

/**
 * The computer Sync Doctor runs on, as a Host. The core's live adapters (Windows, POSIX) plug
 * in here; until one is wired, it throws (as the CLI's default does) and the app falls back to
 * the demo machine, saying so.
 */
export function createLiveHost(): Host {
  throw new CliError('Checking this computer directly needs the live host adapters, which are not in this build.');
}
