import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding Sync Doctor's package.json (the app folder, or the asar, when packaged). */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return dirname(from);
    dir = parent;
  }
  return dir;
}

/** Where `vite build` puts the UI. */
export const rendererRoot = (root = packageRoot()) => join(root, 'dist', 'renderer');
/** The bundled demo machine. */
export const demoSnapshotPath = (root = packageRoot()) => join(root, 'assets', 'demo', 'demo-machine.json');
export const assetsRoot = (root = packageRoot()) => join(root, 'assets');
