import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layer rule of DESIGN.md, checked on every import of every source file:
 * - src-shared imports only itself and pure libraries (zod);
 * - src-renderer imports src-shared, React and browser code — never Node, Electron or src-main;
 * - only src-main/electron/ imports `electron` (or electron-store, which loads it);
 * - inside src-main, imports run down the floors of SRC_MAIN_FLOORS (types too).
 * Between the three top folders, type-only imports are free.
 */

const root = resolve(import.meta.dirname, '../..');
const NODE_BUILTINS = new Set([
  'assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'http', 'https', 'net', 'os',
  'path', 'process', 'readline', 'stream', 'string_decoder', 'timers', 'tty', 'url', 'util',
  'worker_threads', 'zlib', 'dns', 'dgram', 'cluster', 'module', 'perf_hooks', 'v8', 'vm',
]);
const SHARED_ALLOWED_PACKAGES = new Set(['zod']);

/**
 * The floors of src-main, top down (docs/ARCHITECTURE.md, "Layers", says what each holds and
 * why it sits there). A folder — or a file at the top of src-main — imports only what lies on a
 * floor below its own: never up, never across. Folders on one floor do not import each other,
 * so they need no order between them. A new folder must be placed here before it may import or
 * be imported.
 */
export const SRC_MAIN_FLOORS: readonly (readonly string[])[] = [
  ['electron'],
  ['cli'],
  ['preview'],
  ['app'],
  ['monitor', 'collect', 'scan', 'actions'],
  ['check', 'history', 'logging', 'settings'],
  ['probes', 'demo'],
  ['host', 'package-root.ts'],
];

const SOURCE_FILE = /\.[cm]?tsx?$/;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (SOURCE_FILE.test(name) && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

export interface ModuleImport {
  spec: string;
  /** Erased when compiled: `import type`, `import { type X }` with only types, `import('x').T` in a type. */
  typeOnly: boolean;
}

const onlyTypes = (elements: ts.NodeArray<ts.ImportSpecifier | ts.ExportSpecifier>) =>
  elements.length > 0 && elements.every((element) => element.isTypeOnly);

/**
 * Every module a source file names, read from its syntax tree (so no comment or string is taken
 * for an import): static imports and re-exports, `import x = require()`, dynamic `import()`,
 * `require()` and `import('x')` in a type.
 */
export function moduleImports(source: string, fileName = 'source.ts'): ModuleImport[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false);
  const found: ModuleImport[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!bindings && ts.isNamedImports(bindings) && onlyTypes(bindings.elements)));
      found.push({ spec: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.exportClause;
      found.push({ spec: node.moduleSpecifier.text, typeOnly: node.isTypeOnly || (!!clause && ts.isNamedExports(clause) && onlyTypes(clause.elements)) });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      found.push({ spec: node.moduleReference.expression.text, typeOnly: node.isTypeOnly });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ spec: node.argument.literal.text, typeOnly: true });
    } else if (ts.isCallExpression(node) && node.arguments.length >= 1 && ts.isStringLiteralLike(node.arguments[0]!)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
        found.push({ spec: (node.arguments[0] as ts.StringLiteralLike).text, typeOnly: false });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Value imports (not `import type`) and dynamic imports of a file. */
export function valueImports(source: string): string[] {
  return moduleImports(source).filter((i) => !i.typeOnly).map((i) => i.spec);
}

function packageOf(spec: string): string {
  const bare = spec.replace(/^node:/, '');
  return bare.startsWith('@') ? bare.split('/').slice(0, 2).join('/') : bare.split('/')[0]!;
}

const fromRoot = (path: string) => relative(root, path).split(sep).join('/');

function violations(layer: string, check: (file: string, spec: string, target: string | null) => string | null): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(join(root, layer))) {
    for (const spec of valueImports(readFileSync(file, 'utf8'))) {
      const target = spec.startsWith('.') ? fromRoot(resolve(file, '..', spec)) : null;
      const problem = check(fromRoot(file), spec, target);
      if (problem) found.push(`${relative(root, file)} imports '${spec}': ${problem}`);
    }
  }
  return found;
}

/** The folder (or top-level file, without its extension) of src-main a path lies in; none outside src-main. */
function srcMainPart(path: string): string | undefined {
  const [top, part, below] = path.split('/');
  if (top !== 'src-main' || part === undefined) return undefined;
  return below === undefined ? part.replace(/\.[cm]?[jt]sx?$/, '') : part;
}

const floorOf = (part: string) => SRC_MAIN_FLOORS.findIndex((floor) => floor.some((placed) => srcMainPart(`src-main/${placed}`) === part));

/** Every import (value or type, static or dynamic) from one src-main folder into another on its own floor or above. */
function importsUpTheHouse(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(join(root, 'src-main'))) {
    const from = srcMainPart(fromRoot(file))!;
    for (const { spec, typeOnly } of moduleImports(readFileSync(file, 'utf8'), file)) {
      const to = spec.startsWith('.') ? srcMainPart(fromRoot(resolve(file, '..', spec))) : undefined;
      if (to === undefined || to === from) continue;
      const [fromFloor, toFloor] = [floorOf(from), floorOf(to)];
      if (fromFloor >= 0 && toFloor > fromFloor) continue;
      const what = typeOnly ? `a type from '${spec}'` : `'${spec}'`;
      const why = fromFloor < 0 || toFloor < 0 ? 'not placed on a floor' : toFloor === fromFloor ? 'on the same floor' : 'on a floor above';
      found.push(`${fromRoot(file)} imports ${what}: ${fromFloor < 0 ? from : to} is ${why}`);
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

  it('places every folder of src-main on exactly one floor, and names nothing that is not there', () => {
    const parts = readdirSync(join(root, 'src-main'))
      .filter((name) => statSync(join(root, 'src-main', name)).isDirectory() || SOURCE_FILE.test(name))
      .map((name) => srcMainPart(`src-main/${name}`)!);
    const placed = SRC_MAIN_FLOORS.flat().map((name) => srcMainPart(`src-main/${name}`)!);
    expect(parts.length).toBeGreaterThan(10);
    expect(parts.filter((part) => placed.filter((p) => p === part).length !== 1)).toEqual([]);
    expect(placed.filter((part) => !parts.includes(part))).toEqual([]);
  });

  it('runs src-main down the house: no import, not even of a type, into its own floor or one above', () => {
    expect(importsUpTheHouse()).toEqual([]);
  });

  it('reads every kind of import, and knows which are types only', () => {
    const source = [
      "import type { X } from 'electron';",
      "import { type Y } from 'fs';",
      "import z from 'zod';",
      "import { type A, b } from './mixed.js';",
      "import './side-effect.js';",
      "export { c } from './re-export.js';",
      "export type { D } from './type-re-export.js';",
      'import e = require("./import-equals.js");',
      'let f: import("./type-query.js").F;',
      "const g = await import('./dynamic.js');",
      "const h = require('./required.js');",
      "// import { i } from './in-a-comment.js';",
      "const j = \"from './in-a-string.js'\";",
    ].join('\n');
    expect(moduleImports(source)).toEqual([
      { spec: 'electron', typeOnly: true },
      { spec: 'fs', typeOnly: true },
      { spec: 'zod', typeOnly: false },
      { spec: './mixed.js', typeOnly: false },
      { spec: './side-effect.js', typeOnly: false },
      { spec: './re-export.js', typeOnly: false },
      { spec: './type-re-export.js', typeOnly: true },
      { spec: './import-equals.js', typeOnly: false },
      { spec: './type-query.js', typeOnly: true },
      { spec: './dynamic.js', typeOnly: false },
      { spec: './required.js', typeOnly: false },
    ]);
    expect(valueImports(source)).toEqual(['zod', './mixed.js', './side-effect.js', './re-export.js', './import-equals.js', './dynamic.js', './required.js']);
  });
});
