import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real process whose executable is named `AutoEntry.SyncApp` (a copy of `sleep`). */
export interface RunningFakeSyncApp {
  pid: number;
  executable: string;
  stop(): Promise<void>;
}

export async function startFakeSyncApp(name = 'AutoEntry.SyncApp'): Promise<RunningFakeSyncApp> {
  const dir = mkdtempSync(join(tmpdir(), 'sd-syncapp-'));
  const executable = join(dir, name);
  copyFileSync('/bin/sleep', executable);
  const child: ChildProcess = spawn(executable, ['300'], { stdio: 'ignore' });
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', () => resolve());
    child.once('error', reject);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    pid: child.pid!,
    executable,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
