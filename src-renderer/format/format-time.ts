/** Dates and times the way a UK bookkeeper reads them, in this computer's time zone. */

function valid(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

// Made on each call, so they follow the time zone in force at the time.
const TIME = () => new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const DAY_MONTH = () => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const DAY_MONTH_YEAR = () => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** "2 Apr 2025"; the year is left out when it is the year of `reference`. */
export function formatDay(iso: string | undefined, reference?: string): string {
  const date = valid(iso);
  if (!date) return 'an unknown date';
  const ref = valid(reference);
  return ref && ref.getFullYear() === date.getFullYear() ? DAY_MONTH().format(date) : DAY_MONTH_YEAR().format(date);
}

/** "19 Nov at 16:40". */
export function formatDayTime(iso: string | undefined, reference?: string): string {
  const date = valid(iso);
  if (!date) return 'an unknown time';
  return `${formatDay(iso, reference)} at ${TIME().format(date)}`;
}

/** "16:40". */
export function formatClock(iso: string | undefined): string {
  const date = valid(iso);
  return date ? TIME().format(date) : '--:--';
}

/** Rewrites ISO 8601 times inside a sentence ("snapshot … taken 2026-11-20T09:30:00Z") the readable way. */
export function withReadableTimes(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})\b/g, (iso) => formatDayTime(iso));
}
