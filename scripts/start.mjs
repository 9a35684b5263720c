#!/usr/bin/env node
// `npm start`: opens the desktop app (Electron) where it can run; otherwise says why in one
// line and serves the same UI on a loopback address instead (`sync-doctor serve`, which prints
// `http://127.0.0.1:<port>/#token=…`: the key stays in the browser tab that opens it).
// `npm start -- --demo` shows the bundled demo machine. Other arguments go to `serve`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = (path) => existsSync(new URL(`../dist/${path}`, import.meta.url));
const args = process.argv.slice(2);

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!built('src-main/cli/serve-command.js') || !built('src-main/electron/main.js')) {
  process.stderr.write('Building Sync Doctor first (npm run build)…\n');
  run('npm', ['run', 'build']);
}
const hasViteConfig = readdirSync(root).some((name) => /^vite\.config\.(ts|mts|js|mjs)$/.test(name));
if (!built('renderer/index.html') && hasViteConfig) {
  process.stderr.write('Building the window (vite build)…\n');
  run('npx', ['vite', 'build']);
}

const { decideStart, findElectronBinary } = await import(new URL('../dist/src-main/app/start-decision.js', import.meta.url).href);
const decision = decideStart({ platform: process.platform, env: process.env, electronBinary: findElectronBinary(root) });

async function servePreview() {
  const { runCli } = await import(new URL('../dist/src-main/cli/main.js', import.meta.url).href);
  process.exitCode = await runCli(['serve', ...args]);
}

if (decision.kind === 'preview') {
  process.stderr.write(`${decision.reason}\n`);
  await servePreview();
} else {
  const child = spawn(decision.binary, ['.', ...args], { cwd: root, stdio: 'inherit' });
  child.on('error', async (error) => {
    process.stderr.write(`Electron could not start (${error.message}), so Sync Doctor opens in your browser instead.\n`);
    await servePreview();
  });
  child.on('exit', (code) => {
    if (code !== null) process.exitCode = code;
  });
}
