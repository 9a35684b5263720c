import type { SpawnOptions } from 'node:child_process';
import { posix } from 'node:path';

export type Spawner = (command: string, args: string[], options: SpawnOptions) => { on(event: 'error', listener: (error: Error) => void): unknown; unref(): void };

export interface SystemOpenerOptions {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  spawn: Spawner;
}

/** The program that opens a folder or web page with the desktop, if this machine has one. */
export function systemOpenCommand(platform: NodeJS.Platform, env: Record<string, string | undefined>): string | undefined {
  if (platform === 'win32') return 'explorer.exe';
  if (platform === 'darwin') return 'open';
  return env['DISPLAY'] || env['WAYLAND_DISPLAY'] ? 'xdg-open' : undefined;
}

/**
 * Opens a folder or an address with the desktop's own program, without a shell, so nothing in
 * the target is interpreted. A target that could be read as an option is refused.
 */
export function openWithSystem(target: string, options: SystemOpenerOptions): Promise<{ ok: boolean; message?: string }> {
  const command = systemOpenCommand(options.platform, options.env);
  if (!command) return Promise.resolve({ ok: false, message: 'This computer has no desktop to open it with.' });
  if (target.startsWith('-') || target.startsWith('/') && options.platform === 'win32' || /[\0\r\n]/.test(target)) {
    return Promise.resolve({ ok: false, message: 'That path cannot be opened.' });
  }
  return launch(command, [target], options, false);
}

function launch(command: string, args: string[], options: SystemOpenerOptions, verbatim: boolean): Promise<{ ok: boolean; message?: string }> {
  return new Promise((resolve) => {
    let child: ReturnType<Spawner>;
    try {
      child = options.spawn(command, args, { detached: true, stdio: 'ignore', shell: false, windowsHide: false, windowsVerbatimArguments: verbatim });
    } catch (error) {
      // Node throws synchronously for some start errors (EPERM when a policy blocks the program): a refused action, not a crash.
      resolve({ ok: false, message: `${command} could not be started: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    child.on('error', (error) => resolve({ ok: false, message: error.message }));
    child.unref();
    setTimeout(() => resolve({ ok: true }), 50);
  });
}

/**
 * Shows a file selected in its folder, never opening it: `explorer /select,"<file>"` on Windows
 * (the path was checked to hold no quote), `open -R` on macOS, the folder elsewhere.
 */
export function showFileWithSystem(file: string, options: SystemOpenerOptions): Promise<{ ok: boolean; message?: string }> {
  const command = systemOpenCommand(options.platform, options.env);
  if (!command) return Promise.resolve({ ok: false, message: 'This computer has no desktop to open it with.' });
  if (/["\0\r\n]/.test(file) || file.startsWith('-')) return Promise.resolve({ ok: false, message: 'That path cannot be opened.' });
  if (options.platform === 'win32') return launch(command, [`/select,"${file}"`], options, true);
  if (options.platform === 'darwin') return launch(command, ['-R', file], options, false);
  return launch(command, [posix.dirname(file)], options, false);
}
