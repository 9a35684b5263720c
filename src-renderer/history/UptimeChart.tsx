import type { HistoryRange } from '../../src-shared/history/history-schema.js';
import { formatDayTime } from '../format/format-time.js';
import type { UptimeLayout } from './uptime-layout.js';

const WIDTH = 600;
const HEIGHT = 48;
const STATE_WORDS = { up: 'running', down: 'stopped', unknown: 'not known' } as const;

function summary(layout: UptimeLayout, range: HistoryRange): string {
  const span = range === '24h' ? 'the last 24 hours' : 'the last 7 days';
  if (layout.upShare === undefined) return `Nothing is known about the Sync App for ${span}.`;
  const percent = Math.round(layout.upShare * 1000) / 10;
  const minutes = Math.round(layout.downMs / 60_000);
  const down = minutes === 0 ? 'never stopped' : `stopped for ${minutes >= 120 ? `${Math.round(minutes / 60)} hours` : `${minutes} minutes`} in all`;
  return `Over ${span} the Sync App was running ${percent}% of the time it was watched, and ${down}.`;
}

/** The Sync App's uptime as a bar through time: plain SVG, with a text summary for everyone. */
export function UptimeChart({ layout, range }: { layout: UptimeLayout; range: HistoryRange }) {
  const text = summary(layout, range);
  return (
    <figure className="uptime">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 20}`} role="img" aria-label={text} className="uptime-chart">
        <rect x={0} y={0} width={WIDTH} height={HEIGHT} className="uptime-unknown" />
        {layout.segments.map((s, i) => (
          <rect key={i} x={s.start * WIDTH} y={s.state === 'down' ? HEIGHT / 2 : 0} width={Math.max(s.width * WIDTH, 1)} height={s.state === 'down' ? HEIGHT / 2 : HEIGHT} className={`uptime-${s.state}`}>
            <title>{`${STATE_WORDS[s.state]} from ${formatDayTime(s.from)} to ${formatDayTime(s.to)}`}</title>
          </rect>
        ))}
        <text x={0} y={HEIGHT + 15} className="axis">
          {formatDayTime(new Date(layout.startMs).toISOString())}
        </text>
        <text x={WIDTH} y={HEIGHT + 15} textAnchor="end" className="axis">
          {formatDayTime(new Date(layout.endMs).toISOString())}
        </text>
      </svg>
      <figcaption>
        {text}
        <span className="legend">
          <span className="key key-up" aria-hidden="true" /> running (full bar) <span className="key key-down" aria-hidden="true" /> stopped (half-height bar){' '}
          <span className="key key-unknown" aria-hidden="true" /> not watched
        </span>
      </figcaption>
    </figure>
  );
}
