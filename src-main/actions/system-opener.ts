import type { SpawnOptions } from 'node:child_process';

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
  return new Promise((resolve) => {
    const child = options.spawn(command, [target], { detached: true, stdio: 'ignore', shell: false, windowsHide: false });
    child.on('error', (error) => resolve({ ok: false, message: error.message }));
    child.unref();
    setTimeout(() => resolve({ ok: true }), 50);
  });
}
