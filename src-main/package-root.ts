import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The folder holding Sync Doctor's package.json — the same whether the code runs from the
 * TypeScript sources (tests), from dist/ (the CLI) or from an app bundle.
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && /"name":\s*"sync-doctor"/.test(readFileSync(manifest, 'utf8'))) return (cached = dir);
    dir = dirname(dir);
  }
  throw new Error('Sync Doctor cannot find its own files (package.json).');
}

/** A file shipped with the app, by its path from the package root. */
export function bundledFile(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
