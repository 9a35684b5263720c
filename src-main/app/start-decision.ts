import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type StartDecision = { kind: 'electron'; binary: string } | { kind: 'preview'; reason: string };

export interface StartFacts {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** The Electron executable, when its runtime is installed. */
  electronBinary: string | undefined;
}

/**
 * Where the Electron runtime is, without loading the `electron` package (which would try to
 * download it): node_modules/electron/path.txt names the executable under dist/.
 */
export function findElectronBinary(root: string, fs = { existsSync, readFileSync }): string | undefined {
  const packageDir = join(root, 'node_modules', 'electron');
  try {
    const relative = fs.readFileSync(join(packageDir, 'path.txt'), 'utf8').trim();
    const binary = join(packageDir, 'dist', relative);
    return relative !== '' && fs.existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

/** `npm start`: the desktop app where it can run, else the loopback preview and why, in one line. */
export function decideStart(facts: StartFacts): StartDecision {
  if (!facts.electronBinary) {
    return { kind: 'preview', reason: 'The Electron runtime is not installed here (it could not be downloaded), so Sync Doctor opens in your browser instead.' };
  }
  if (facts.platform === 'linux' && !facts.env['DISPLAY'] && !facts.env['WAYLAND_DISPLAY']) {
    return { kind: 'preview', reason: 'There is no display to open a window on, so Sync Doctor opens in your browser instead.' };
  }
  return { kind: 'electron', binary: facts.electronBinary };
}
