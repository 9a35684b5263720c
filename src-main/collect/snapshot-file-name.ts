/** `sync-doctor-OFFICE-PC1-20261120-0930.json`: a support bundle's file name, from its computer and time. */
export function defaultSnapshotFileName(computerName: string, capturedAt: Date): string {
  const safe = computerName.replace(/[^A-Za-z0-9._-]+/g, '_') || 'PC';
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = `${capturedAt.getFullYear()}${two(capturedAt.getMonth() + 1)}${two(capturedAt.getDate())}-${two(capturedAt.getHours())}${two(capturedAt.getMinutes())}`;
  return `sync-doctor-${safe}-${stamp}.json`;
}
