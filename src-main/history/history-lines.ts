import { HistoryEventSchema, type HistoryEvent } from '../../src-shared/history/history-schema.js';

/** One event as one JSON Lines line (with its newline). */
export function historyLine(event: HistoryEvent): string {
  return `${JSON.stringify(event)}\n`;
}

/**
 * The events in a JSON Lines text. A line that is not a valid event — typically the last one,
 * torn by a crash mid-write — is skipped, never fatal.
 */
export function parseHistoryLines(text: string): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    const parsed = HistoryEventSchema.safeParse(value);
    if (parsed.success) events.push(parsed.data);
  }
  return events;
}
