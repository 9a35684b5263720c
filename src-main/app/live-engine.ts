import type { CheckEngine } from './check-engine.js';
import type { InputOverrides } from './host-check-engine.js';

/**
 * A check of the computer Sync Doctor runs on. The core's live Host adapters (Windows, POSIX)
 * plug in here; until one is wired, this answers undefined and the app shows the demo machine,
 * saying so.
 */
export async function createLiveEngine(_overrides: InputOverrides = {}): Promise<CheckEngine | undefined> {
  return undefined;
}
