import type { HistoryRange, UptimeSegment } from '../../src-shared/history/history-schema.js';

export const RANGE_MS: Record<HistoryRange, number> = { '24h': 24 * 3600_000, '7d': 7 * 24 * 3600_000 };

export interface PlacedSegment {
  state: UptimeSegment['state'];
  /** Share of the chart's width, 0–1. */
  start: number;
  width: number;
  from: string;
  to: string;
}

export interface UptimeLayout {
  startMs: number;
  endMs: number;
  segments: PlacedSegment[];
  /** Share of the known time the Sync App was up, 0–1; undefined when nothing is known. */
  upShare: number | undefined;
  downMs: number;
}

/** Places uptime segments on a timeline that ends at `endMs` and spans the range. */
export function layoutUptime(segments: UptimeSegment[], range: HistoryRange, endMs: number): UptimeLayout {
  const startMs = endMs - RANGE_MS[range];
  const span = endMs - startMs;
  let up = 0;
  let down = 0;
  const placed: PlacedSegment[] = [];
  for (const s of segments) {
    const from = Math.max(Date.parse(s.from), startMs);
    const to = Math.min(Date.parse(s.to), endMs);
    if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) continue;
    if (s.state === 'up') up += to - from;
    if (s.state === 'down') down += to - from;
    placed.push({ state: s.state, start: (from - startMs) / span, width: (to - from) / span, from: s.from, to: s.to });
  }
  return { startMs, endMs, segments: placed, upShare: up + down > 0 ? up / (up + down) : undefined, downMs: down };
}

/** The end of the timeline: the latest segment end, or now. */
export function timelineEnd(segments: UptimeSegment[], now: number): number {
  const ends = segments.map((s) => Date.parse(s.to)).filter(Number.isFinite);
  return ends.length > 0 ? Math.max(...ends) : now;
}
