import type { HistoryEvent } from '../../src-shared/history/history-schema.js';

/** Where the monitor records what happened; the JSON Lines log is the real one. */
export interface HistoryWriter {
  append(events: readonly HistoryEvent[]): Promise<void>;
}
