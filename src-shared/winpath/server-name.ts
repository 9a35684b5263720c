/**
 * A server's name is spelled with or without its DNS suffix: `\\FILESRV.office.local\Accounts`
 * and `\\FILESRV\Accounts` reach one share (spec/report.md, `path.match`; spec/office.md). The
 * comparison keeps the first label only, in lower case — so `FILESRV.office.local` and
 * `FILESRV.other.local` are one server too: the spec ignores the suffix, whichever it is, and one
 * office does not have two file servers of one name. An IP address is not a name with a suffix and
 * stays whole (IPv4 dotted, or anything with a `:`); so does `.` (the device namespace).
 */
export function serverShortName(server: string): string {
  const lower = server.toLowerCase();
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(lower) || lower.includes(':')) return lower;
  return lower.split('.')[0] || lower;
}

/** The server as spelled, without its DNS suffix (`FILESRV.office.local` → `FILESRV`). */
export function serverWithoutSuffix(server: string): string {
  return server.slice(0, serverShortName(server).length);
}
