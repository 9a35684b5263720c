import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layer rule of DESIGN.md, checked on every import of every source file:
 * - src-shared imports only itself and pure libraries (zod);
 * - src-renderer imports src-shared, React and browser code — never Node, Electron or src-main;
 * - only src-main/electron/ imports `electron` (or electron-store, which loads it).
 * Type-only imports are free.
 */

const root = resolve(import.meta.dirname, '../..');
const NODE_BUILTINS = new Set([
  'assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'http', 'https', 'net', 'os',
  'path', 'process', 'readline', 'stream', 'string_decoder', 'timers', 'tty', 'url', 'util',
  'worker_threads', 'zlib', 'dns', 'dgram', 'cluster', 'module', 'perf_hooks', 'v8', 'vm',
]);
const SHARED_ALLOWED_PACKAGES = new Set(['zod']);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** Value imports (not `import type`) and dynamic imports of a file. */
export function valueImports(source: string): string[] {
  const specs: string[] = [];
  const staticImport = /^\s*(import|export)\s+(?!type\b)([^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(staticImport)) {
    const clause = m[2] ?? '';
    if (/^\{\s*(type\s+[\w$]+\s*,?\s*)+\}\s+from\s+$/.test(clause.trim() + ' ')) continue;
    specs.push(m[3]!);
  }
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]!);
  for (const m of source.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]!);
  return specs;
}

function packageOf(spec: string): string {
  const bare = spec.replace(/^node:/, '');
  return bare.startsWith('@') ? bare.split('/').slice(0, 2).join('/') : bare.split('/')[0]!;
}

function violations(layer: string, check: (file: string, spec: string, target: string | null) => string | null): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(join(root, layer))) {
    for (const spec of valueImports(readFileSync(file, 'utf8'))) {
      const target = spec.startsWith('.') ? relative(root, resolve(file, '..', spec)).split(sep).join('/') : null;
      const problem = check(relative(root, file).split(sep).join('/'), spec, target);
      if (problem) found.push(`${relative(root, file)} imports '${spec}': ${problem}`);
    }
  }
  return found;
}

describe('the layer rule', () => {
  it('keeps src-shared pure: no Node, Electron, React or other layers', () => {
    expect(
      violations('src-shared', (_file, spec, target) => {
        if (target) return target.startsWith('src-shared/') ? null : 'src-shared may import only itself';
        if (spec.startsWith('node:') || NODE_BUILTINS.has(packageOf(spec))) return 'Node built-in in src-shared';
        return SHARED_ALLOWED_PACKAGES.has(packageOf(spec)) ? null : 'only pure libraries (zod) in src-shared';
      }),
    ).toEqual([]);
  });

  it('keeps src-renderer off Node, Electron and src-main', () => {
    expect(
      violations('src-renderer', (_file, spec, target) => {
        if (target) return target.startsWith('src-renderer/') || target.startsWith('src-shared/') ? null : 'renderer may import only itself and src-shared';
        if (spec.startsWith('node:') || NODE_BUILTINS.has(packageOf(spec))) return 'Node built-in in the renderer';
        return packageOf(spec) === 'electron' ? 'electron in the renderer' : null;
      }),
    ).toEqual([]);
  });

  it('lets only src-main/electron import electron, and src-main never the renderer', () => {
    expect(
      violations('src-main', (file, spec, target) => {
        if (target?.startsWith('src-renderer/')) return 'src-main may not import the renderer';
        if (!target && ['electron', 'electron-store'].includes(packageOf(spec)) && !file.startsWith('src-main/electron/')) return 'only src-main/electron/ may import electron';
        return null;
      }),
    ).toEqual([]);
  });

  it('runs src-main down the house: app/ never reaches up into cli/, check/ into either (not even for a type)', () => {
    const crossings: string[] = [];
    for (const [from, to] of [['app', 'cli'], ['check', 'cli'], ['check', 'app']] as const) {
      for (const file of sourceFiles(join(root, 'src-main', from))) {
        for (const m of readFileSync(file, 'utf8').matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)) {
          const target = relative(root, resolve(file, '..', m[1]!)).split(sep).join('/');
          if (m[1]!.startsWith('.') && target.startsWith(`src-main/${to}/`)) crossings.push(`${relative(root, file)} → ${target}`);
        }
      }
    }
    expect(crossings).toEqual([]);
  });

  it('recognises type-only imports as free', () => {
    expect(valueImports("import type { X } from 'electron';\nimport { type Y } from 'fs';\nimport z from 'zod';")).toEqual(['zod']);
  });
});
