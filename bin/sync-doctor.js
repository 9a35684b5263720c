#!/usr/bin/env node
// The command-line entry. The TypeScript sources are bundled to dist/bundle/ by `npm run build`
// (run automatically by `npm ci` through the `prepare` script): one small file, whose commands
// load their own chunks when they run (scripts/bundle.mjs).
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Node 22 and later (and Electron's Node) keep the compiled code of the bundle between runs.
module.enableCompileCache?.();

// Each command is bundled apart (scripts/bundle.mjs): start the one named, else the help's.
const command = process.argv[2];
const own = command !== undefined && /^[a-z]+$/.test(command) ? new URL(`../dist/bundle/cli-${command}.js`, import.meta.url) : undefined;
const entry = own !== undefined && existsSync(fileURLToPath(own)) ? own : new URL('../dist/bundle/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('sync-doctor: not built yet — run `npm run build` (or `npm ci`) first.\n');
  process.exit(3);
}
const { runCli } = await import(entry.href);
const code = await runCli(process.argv.slice(2));
// Exit as soon as the output is written: a look-up the deadline gave up on may still be stuck
// inside the operating system (a dead share), and must not keep the process alive.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
