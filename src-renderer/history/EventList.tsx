import type { HistoryEvent } from '../../src-shared/history/history-schema.js';
import { formatDayTime } from '../format/format-time.js';
import { STATUS_HEADLINE } from '../format/status-words.js';

function describe(event: HistoryEvent): string {
  switch (event.type) {
    case 'syncapp-started':
      return 'The Sync App started';
    case 'syncapp-stopped':
      return 'The Sync App stopped';
    case 'path-changed':
      return 'A file path changed';
    case 'monitor-started':
      return 'Sync Doctor started watching';
    case 'misdirected-write':
      return 'Data AutoEntry should not be using was written to';
    case 'status-changed':
      return event.status
        ? `Status became “${STATUS_HEADLINE[event.status].label}”${event.previousStatus ? ` (was “${STATUS_HEADLINE[event.previousStatus].label}”)` : ''}`
        : 'Status changed';
  }
}

/** What happened, newest first. */
export function EventList({ events }: { events: HistoryEvent[] }) {
  if (events.length === 0) return <p>Nothing has happened in this period.</p>;
  const newestFirst = [...events].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <ol className="events">
      {newestFirst.map((e, i) => (
        <li key={`${e.at}-${i}`}>
          <time dateTime={e.at}>{formatDayTime(e.at)}</time> — {describe(e)}
          {e.detail ? `: ${e.detail}` : ''}
        </li>
      ))}
    </ol>
  );
}
