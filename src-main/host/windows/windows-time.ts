/**
 * A time as Windows tools print it, to ISO 8601: ISO text (PowerShell 7, or `ToString('o')`),
 * `/Date(1700000000000)/` (ConvertTo-Json in 5.1), or a CIM DMTF string
 * `20261120080100.123456+060` (minutes east of UTC). Anything else: `undefined`.
 */
export function parseWindowsTime(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  const msDate = /^\/?Date\((-?\d+)([+-]\d{4})?\)\/?$/.exec(text.replace(/\\\//g, '/'));
  if (msDate) return new Date(Number(msDate[1])).toISOString();
  const dmtf = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\.(\d{6})([+-])(\d{3})$/.exec(text);
  if (dmtf) {
    const [, y, mo, d, h, mi, s, micro, sign, offset] = dmtf;
    const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Math.floor(Number(micro) / 1000));
    const offsetMinutes = Number(offset) * (sign === '-' ? -1 : 1);
    return new Date(utc - offsetMinutes * 60_000).toISOString();
  }
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString();
}
