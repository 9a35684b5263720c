import * as z from 'zod';

/** One line of the monitor's append-only history (JSON Lines). */
export const HistoryEventSchema = z.object({
  at: z.string(),
  type: z.enum(['status-changed', 'syncapp-started', 'syncapp-stopped', 'path-changed', 'monitor-started', 'misdirected-write']),
  status: z.enum(['ok', 'warn', 'error']).optional(),
  previousStatus: z.enum(['ok', 'warn', 'error']).optional(),
  detail: z.string().optional(),
});
export type HistoryEvent = z.infer<typeof HistoryEventSchema>;

export const HistoryRangeSchema = z.enum(['24h', '7d']);
export type HistoryRange = z.infer<typeof HistoryRangeSchema>;

/** A stretch of time during which the Sync App was up or down (for the uptime chart). */
export const UptimeSegmentSchema = z.object({
  from: z.string(),
  to: z.string(),
  state: z.enum(['up', 'down', 'unknown']),
});
export type UptimeSegment = z.infer<typeof UptimeSegmentSchema>;

export const HistoryViewSchema = z.object({
  range: HistoryRangeSchema,
  events: z.array(HistoryEventSchema),
  uptime: z.array(UptimeSegmentSchema),
});
export type HistoryView = z.infer<typeof HistoryViewSchema>;
