import { describe, expect, it } from 'vitest';
import { layoutUptime, timelineEnd } from '../../src-renderer/history/uptime-layout.js';

const END = Date.parse('2026-11-20T12:00:00Z');

describe('placing the Sync App’s uptime on the chart', () => {
  it('places segments by time and works out the share it was up', () => {
    const layout = layoutUptime(
      [
        { from: '2026-11-19T12:00:00Z', to: '2026-11-20T06:00:00Z', state: 'up' },
        { from: '2026-11-20T06:00:00Z', to: '2026-11-20T12:00:00Z', state: 'down' },
      ],
      '24h',
      END,
    );
    expect(layout.segments.map((s) => [s.state, s.start, s.width])).toEqual([
      ['up', 0, 0.75],
      ['down', 0.75, 0.25],
    ]);
    expect(layout.upShare).toBe(0.75);
    expect(layout.downMs).toBe(6 * 3600_000);
  });

  it('cuts segments at the edge of the range and drops those outside it', () => {
    const layout = layoutUptime(
      [
        { from: '2026-11-10T00:00:00Z', to: '2026-11-11T00:00:00Z', state: 'down' },
        { from: '2026-11-19T00:00:00Z', to: '2026-11-20T12:00:00Z', state: 'up' },
      ],
      '24h',
      END,
    );
    expect(layout.segments).toHaveLength(1);
    expect(layout.segments[0]).toMatchObject({ start: 0, width: 1 });
    expect(layout.upShare).toBe(1);
  });

  it('knows nothing when nothing was watched', () => {
    expect(layoutUptime([{ from: '2026-11-20T00:00:00Z', to: '2026-11-20T12:00:00Z', state: 'unknown' }], '7d', END).upShare).toBeUndefined();
    expect(timelineEnd([], END)).toBe(END);
  });
});
