/**
 * Whether a process exists, by sending it signal 0 (nothing is delivered). On Windows libuv
 * answers the same question with OpenProcess. "Not permitted" still means it exists.
 */
export function signalProcessAlive(pid: number, kill: (pid: number, signal: number) => unknown = process.kill.bind(process)): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
