import type { HistoryEvent, UptimeSegment } from '../../src-shared/history/history-schema.js';

type UptimeState = UptimeSegment['state'];

function stateAfter(event: HistoryEvent, before: UptimeState): UptimeState {
  switch (event.type) {
    case 'syncapp-started':
      return 'up';
    case 'syncapp-stopped':
      return 'down';
    case 'monitor-started':
      // Nothing is known about the time the monitor was not running, nor until it first looks.
      return 'unknown';
    default:
      return before;
  }
}

/**
 * The Sync App's up / down / unknown stretches between `from` and `to`, from events sorted by
 * time (events before `from` set the state the range begins in). Neighbouring stretches of the
 * same state are merged; empty ones are dropped.
 */
export function uptimeSegments(events: readonly HistoryEvent[], from: Date, to: Date): UptimeSegment[] {
  const start = from.getTime();
  const end = to.getTime();
  let state: UptimeState = 'unknown';
  let cursor = start;
  const segments: UptimeSegment[] = [];
  const close = (until: number): void => {
    if (until <= cursor) return;
    const last = segments.at(-1);
    if (last !== undefined && last.state === state && Date.parse(last.to) === cursor) last.to = new Date(until).toISOString();
    else segments.push({ from: new Date(cursor).toISOString(), to: new Date(until).toISOString(), state });
    cursor = until;
  };
  for (const event of events) {
    const at = Date.parse(event.at);
    if (Number.isNaN(at) || at > end) continue;
    if (at > start) close(at);
    state = stateAfter(event, state);
  }
  close(end);
  return segments;
}
